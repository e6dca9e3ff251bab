package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_REBOOT}: reboots the radio; only honoured when the frame carries "reboot". Bytes after the last
 * field are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record Reboot(Bytes trailing) implements CompanionCommand {

    public Reboot {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public Reboot() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static Reboot read(ByteReader r) throws MalformedFrameException {
        Bytes magic = r.bytes(6, "magic");
        if (!magic.equals(Fields.bytesOf(CompanionConstants.REBOOT_MAGIC))) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "CMD_REBOOT must carry \"reboot\"");
        }
        Bytes trailing = r.rest();
        return new Reboot(trailing);
    }

    @Override
    public int code() {
        return CommandCode.REBOOT.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(Fields.bytesOf(CompanionConstants.REBOOT_MAGIC));
        w.bytes(trailing);
    }
}
