package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_DEVICE_TIME}: asks for {@link CurrTime}. Bytes after the last field are ignored by the
 * firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record GetDeviceTime(Bytes trailing) implements CompanionCommand {

    public GetDeviceTime {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetDeviceTime() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetDeviceTime read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new GetDeviceTime(trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_DEVICE_TIME.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
