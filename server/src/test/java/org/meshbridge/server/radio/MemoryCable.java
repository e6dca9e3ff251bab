package org.meshbridge.server.radio;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Two connected in-memory ends, for tests that run many links quickly: the link's
 * {@link ByteStream} and the scripted device's {@link PeerStream}. Closing either end unplugs the
 * cable: both readers see the end of the stream.
 */
final class MemoryCable {

    private static final byte[] UNPLUGGED = new byte[0];

    private final Pipe toLink = new Pipe();
    private final Pipe toPeer = new Pipe();

    ByteStream linkEnd() {
        return new ByteStream() {
            @Override
            public int read(byte[] buffer) {
                return toLink.read(buffer);
            }

            @Override
            public void write(Bytes data) throws IOException {
                toPeer.write(data.toArray());
            }

            @Override
            public void close() {
                unplug();
            }
        };
    }

    PeerStream peerEnd() {
        return new PeerStream() {
            @Override
            public int read(byte[] buffer) {
                return toPeer.read(buffer);
            }

            @Override
            public void write(byte[] bytes) throws IOException {
                toLink.write(bytes);
            }

            @Override
            public void close() {
                unplug();
            }
        };
    }

    void unplug() {
        toLink.close();
        toPeer.close();
    }

    /** One direction: chunks in order, a partly read chunk kept for the next read. */
    private static final class Pipe {
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private volatile boolean closed;
        private byte[] rest = new byte[0];

        synchronized void write(byte[] bytes) throws IOException {
            if (closed) {
                throw new IOException("cable unplugged");
            }
            chunks.add(bytes.clone());
        }

        /** Only one thread reads. */
        int read(byte[] buffer) {
            if (rest.length == 0) {
                try {
                    rest = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                if (rest == UNPLUGGED) {
                    chunks.add(UNPLUGGED);
                    rest = new byte[0];
                    return -1;
                }
            }
            int n = Math.min(buffer.length, rest.length);
            System.arraycopy(rest, 0, buffer, 0, n);
            rest = Arrays.copyOfRange(rest, n, rest.length);
            return n;
        }

        synchronized void close() {
            if (!closed) {
                closed = true;
                chunks.add(UNPLUGGED);
            }
        }
    }
}
