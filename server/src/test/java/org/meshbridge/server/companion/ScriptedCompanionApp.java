package org.meshbridge.server.companion;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionFrameDeframer;
import org.meshbridge.protocol.companion.CompanionFrameWriter;
import org.meshbridge.protocol.companion.CompanionPush;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.CompanionResponse;

/**
 * A lockstep app over a real socket, built from our own frame codecs: it writes commands and reads
 * replies and pushes strictly, like meshcore-cli (which speaks protocol v3). Reads time out after
 * {@link MeshcoreJsClient#TIMEOUT_SECONDS}, which fails the test.
 */
final class ScriptedCompanionApp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final CompanionFrameDeframer deframer = CompanionFrameDeframer.appEnd();
    private final Deque<Bytes> frames = new ArrayDeque<>();
    private final Deque<CompanionPush> pushes = new ArrayDeque<>();

    ScriptedCompanionApp(InetSocketAddress server) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout((int) (MeshcoreJsClient.TIMEOUT_SECONDS * 1000));
        in = socket.getInputStream();
    }

    void send(CompanionCommand command) throws IOException {
        sendRaw(CompanionFrameWriter.frame(command));
    }

    void sendRaw(Bytes bytes) throws IOException {
        socket.getOutputStream().write(bytes.toArray());
        socket.getOutputStream().flush();
    }

    /** Sends {@code command} and returns its response, keeping pushes that arrive first for {@link #push}. */
    CompanionResponse ask(CompanionCommand command) throws Exception {
        send(command);
        return response();
    }

    CompanionResponse response() throws Exception {
        while (true) {
            CompanionReply reply = next();
            if (reply instanceof CompanionResponse r) {
                return r;
            }
            pushes.add((CompanionPush) reply);
        }
    }

    /** The next push of {@code type}, skipping other pushes. */
    <T extends CompanionPush> T push(Class<T> type) throws Exception {
        while (true) {
            CompanionPush p = pushes.isEmpty() ? (CompanionPush) next() : pushes.poll();
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
    }

    CompanionReply next() throws IOException, MalformedFrameException {
        while (frames.isEmpty()) {
            byte[] buf = new byte[512];
            int n = in.read(buf);
            if (n < 0) {
                throw new IOException("the server closed the connection");
            }
            deframer.feed(Bytes.of(buf, 0, n), frames::add);
        }
        return CompanionReply.decode(frames.poll());
    }

    /**
     * Reads until the server closes the connection, decoding every reply on the way.
     *
     * @return the frames read before the end
     * @throws SocketTimeoutException if it stays open
     */
    int readUntilClosed() throws IOException, MalformedFrameException {
        int count = 0;
        byte[] buf = new byte[512];
        while (true) {
            int n;
            try {
                n = in.read(buf);
            } catch (java.net.SocketException reset) {
                return count;
            }
            if (n < 0) {
                return count;
            }
            deframer.feed(Bytes.of(buf, 0, n), frames::add);
            while (!frames.isEmpty()) {
                CompanionReply.decode(frames.poll());
                count++;
            }
        }
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
