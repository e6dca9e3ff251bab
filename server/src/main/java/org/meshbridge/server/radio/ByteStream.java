package org.meshbridge.server.radio;

import java.io.IOException;
import java.time.Duration;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * An open, two-way byte stream to a radio: a serial port or a TCP connection. One thread reads,
 * any thread may write (writes are serialised), and {@link #close} from any thread ends a
 * blocked {@link #read}.
 */
interface ByteStream extends AutoCloseable {

    /**
     * Blocks until bytes arrive and copies them into {@code buffer}.
     *
     * @return how many bytes were read, at least 1; 0 when a read timeout passed with nothing
     *     (the caller just reads again); -1 when the device has gone away
     * @throws IOException when the device fails; the stream is then unusable
     */
    int read(byte[] buffer) throws IOException;

    /** Writes all of {@code data}, whole, before any other thread's write. */
    void write(Bytes data) throws IOException;

    /** Releases the device. Idempotent, never throws. */
    @Override
    void close();

    /** How a link opens its device: {@link #open} for real devices, an in-memory cable in tests. */
    @FunctionalInterface
    interface Opener {
        ByteStream open(DeviceAddress device, Duration connectTimeout) throws IOException;
    }

    /** Opens {@code device}; each call is a fresh connection ({@code connectTimeout} bounds a TCP connect). */
    static ByteStream open(DeviceAddress device, Duration connectTimeout) throws IOException {
        if (device instanceof DeviceAddress.Tcp tcp) {
            return TcpByteStream.connect(tcp.host(), tcp.port(), connectTimeout);
        }
        return SerialByteStream.open(((DeviceAddress.Serial) device).path());
    }
}
