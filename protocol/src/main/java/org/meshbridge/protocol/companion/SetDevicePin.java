package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_DEVICE_PIN}: the BLE PIN (0, or 100000-999999); at least 5 bytes. Bytes after the last field
 * are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param pin pin
 * @param trailing trailing
 */
public record SetDevicePin(long pin, Bytes trailing) implements CompanionCommand {

    public SetDevicePin {
        Fields.u32(pin, "pin");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SetDevicePin(long pin) {
        this(pin, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetDevicePin read(ByteReader r) throws MalformedFrameException {
        long pin = r.u32("pin");
        Bytes trailing = r.rest();
        return new SetDevicePin(pin, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SET_DEVICE_PIN.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(pin);
        w.bytes(trailing);
    }
}
