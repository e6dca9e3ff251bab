package org.meshbridge.server.radio;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A serial port through jSerialComm at 115200 8N1, the setting of both the KISS modem and the
 * companion firmware.
 *
 * <p>The path may be a symbolic link (a udev alias, or the {@code link=} of a socat pty): it is
 * resolved at every open, so a device that comes back under a new {@code /dev/pts/N} or
 * {@code /dev/ttyACMn} behind the same link is found again. jSerialComm resolves links itself as
 * well; resolving first gives a clear "no such device" message instead of a failed open.
 */
final class SerialByteStream implements ByteStream {

    /** How long one {@link #read} blocks before it returns 0 so the reader can look around. */
    private static final int READ_TIMEOUT_MS = 1000;
    /** A write that cannot drain within this is a dead port. */
    private static final int WRITE_TIMEOUT_MS = 5000;

    private final SerialPort port;
    private final Object writeLock = new Object();

    private SerialByteStream(SerialPort port) {
        this.port = port;
    }

    /** Opens {@code path} at 115200 8N1, no flow control. */
    static SerialByteStream open(String path) throws IOException {
        String resolved = resolve(path);
        SerialPort port = SerialPort.getCommPort(resolved);
        port.setComPortParameters(RadioLinkConstants.SERIAL_BAUD, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_TIMEOUT_MS, WRITE_TIMEOUT_MS);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path
                    + (resolved.equals(path) ? "" : " (" + resolved + ")")
                    + ": error " + port.getLastErrorCode() + "; is it in use, or do we lack permission (group dialout)?");
        }
        return new SerialByteStream(port);
    }

    private static String resolve(String path) throws IOException {
        try {
            Path p = Path.of(path);
            if (!Files.exists(p)) {
                throw new IOException("no such serial device: " + path);
            }
            return p.toRealPath().toString();
        } catch (InvalidPathException e) {
            throw new IOException("not a device path: " + path, e);
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n = port.readBytes(buffer, buffer.length);
        // negative: closed by us, EIO when the far end of a pty closed, or the USB device was unplugged
        return n < 0 ? -1 : n;
    }

    @Override
    public void write(Bytes data) throws IOException {
        byte[] bytes = data.toArray();
        synchronized (writeLock) {
            int written = 0;
            while (written < bytes.length) {
                int n = port.writeBytes(bytes, bytes.length - written, written);
                if (n <= 0) {
                    throw new IOException("serial write failed: error " + port.getLastErrorCode());
                }
                written += n;
            }
        }
    }

    @Override
    public void close() {
        port.closePort();
    }
}
