package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_DEVICE_TIME}: sets the radio clock (refused when earlier than the current one); at least 5
 * bytes. Bytes after the last field are ignored by the firmware and kept in {@code trailing} so the frame re-
 * encodes.
 *
 * @param epochSecs secs
 * @param trailing trailing
 */
public record SetDeviceTime(long epochSecs, Bytes trailing) implements CompanionCommand {

    public SetDeviceTime {
        Fields.u32(epochSecs, "epochSecs");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SetDeviceTime(long epochSecs) {
        this(epochSecs, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetDeviceTime read(ByteReader r) throws MalformedFrameException {
        long epochSecs = r.u32("secs");
        Bytes trailing = r.rest();
        return new SetDeviceTime(epochSecs, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SET_DEVICE_TIME.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(epochSecs);
        w.bytes(trailing);
    }
}
