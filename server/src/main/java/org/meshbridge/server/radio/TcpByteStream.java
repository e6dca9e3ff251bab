package org.meshbridge.server.radio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.meshbridge.protocol.bytes.Bytes;

/** A plain TCP connection to a radio (a KISS modem behind a serial server, a WiFi companion). */
final class TcpByteStream implements ByteStream {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Object writeLock = new Object();

    private TcpByteStream(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects to {@code host:port}, giving up after {@code connectTimeout}. */
    static TcpByteStream connect(String host, int port, Duration connectTimeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(connectTimeout.toMillis()));
            return new TcpByteStream(socket);
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to tcp://" + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    @Override
    public void write(Bytes data) throws IOException {
        synchronized (writeLock) {
            out.write(data.toArray());
            out.flush();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway; nothing to report
        }
    }
}
