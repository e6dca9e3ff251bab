package org.meshbridge.server.radio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

/** The device's end of the cable for a scripted peer: the far pty of a socat pair, or an accepted TCP socket. */
public interface PeerStream extends AutoCloseable {

    /** Blocks for bytes; -1 or an exception when the cable is gone. */
    int read(byte[] buffer) throws IOException;

    void write(byte[] bytes) throws IOException;

    @Override
    void close();

    /** Opens the peer end of a socat pair. */
    static PeerStream openPty(Path path) throws IOException {
        RandomAccessFile file = new RandomAccessFile(path.toRealPath().toFile(), "rw");
        return new PeerStream() {
            @Override
            public int read(byte[] buffer) throws IOException {
                return file.read(buffer);
            }

            @Override
            public synchronized void write(byte[] bytes) throws IOException {
                file.write(bytes);
            }

            @Override
            public void close() {
                try {
                    file.close();
                } catch (IOException e) {
                    // gone anyway
                }
            }
        };
    }

    /** Waits for the link to connect to {@code server}. */
    static PeerStream accept(ServerSocket server) throws IOException {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        return new PeerStream() {
            @Override
            public int read(byte[] buffer) throws IOException {
                return in.read(buffer);
            }

            @Override
            public synchronized void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public void close() {
                try {
                    socket.close();
                } catch (IOException e) {
                    // gone anyway
                }
            }
        };
    }
}
