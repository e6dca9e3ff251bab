package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_FACTORY_RESET}: formats the file system and reboots; only honoured when the frame carries
 * "reset". Bytes after the last field are ignored by the firmware and kept in {@code trailing} so the frame
 * re-encodes.
 *
 * @param trailing trailing
 */
public record FactoryReset(Bytes trailing) implements CompanionCommand {

    public FactoryReset {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public FactoryReset() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static FactoryReset read(ByteReader r) throws MalformedFrameException {
        Bytes magic = r.bytes(5, "magic");
        if (!magic.equals(Fields.bytesOf(CompanionConstants.FACTORY_RESET_MAGIC))) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "CMD_FACTORY_RESET must carry \"reset\"");
        }
        Bytes trailing = r.rest();
        return new FactoryReset(trailing);
    }

    @Override
    public int code() {
        return CommandCode.FACTORY_RESET.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(Fields.bytesOf(CompanionConstants.FACTORY_RESET_MAGIC));
        w.bytes(trailing);
    }
}
