package org.meshbridge.server.web.live;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A WebSocket client on a plain socket that reads only when the test says so: for clients that
 * stop reading (slow) or do not answer pings. Frames from the server are unmasked.
 */
final class RawLiveSocket implements AutoCloseable {

    /** One frame as received. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
        }
    }

    static final int TEXT = 1;
    static final int CLOSE = 8;
    static final int PING = 9;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawLiveSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Connects with {@code token} as a bearer header and a receive buffer of {@code receiveBuffer}
     * bytes, and reads the handshake answer.
     */
    static RawLiveSocket connect(int port, String token, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        RawLiveSocket raw = new RawLiveSocket(socket);
        byte[] nonce = new byte[16];
        new Random(1).nextBytes(nonce);
        String request = "GET " + LiveHub.PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        raw.out.write(request.getBytes(StandardCharsets.US_ASCII));
        raw.out.flush();
        String status = raw.readHeaders().get(0);
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + status);
        }
        return raw;
    }

    private List<String> readHeaders() throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed during the handshake");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.US_ASCII).stripTrailing();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    /** The next frame; throws {@link EOFException} at the end of the stream. */
    Frame next() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[Math.toIntExact(length)];
        in.readFully(payload);
        return new Frame(first & 0x0F, payload);
    }

    /** Sends a masked text frame (the mask is all zeroes, which RFC 6455 allows). */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | TEXT);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xFF);
        }
        frame.write(new byte[4]);
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
