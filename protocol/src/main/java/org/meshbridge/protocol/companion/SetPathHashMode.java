package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SET_PATH_HASH_MODE}: path hash size mode (0-2; 3 or more gets ERR_CODE_ILLEGAL_ARG); byte 1 must
 * be 0; at least 3 bytes. Bytes after the last field are ignored by the firmware and kept in {@code trailing}
 * so the frame re-encodes.
 *
 * @param mode path_hash_mode
 * @param trailing trailing
 */
public record SetPathHashMode(int mode, Bytes trailing) implements CompanionCommand {

    public SetPathHashMode {
        Fields.u8(mode, "mode");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SetPathHashMode(int mode) {
        this(mode, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetPathHashMode read(ByteReader r) throws MalformedFrameException {
        if (r.u8("reserved") != 0) {
            throw new MalformedFrameException(Reason.RESERVED_BITS, "CMD_SET_PATH_HASH_MODE byte 1 must be 0");
        }
        int mode = r.u8("path_hash_mode");
        Bytes trailing = r.rest();
        return new SetPathHashMode(mode, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SET_PATH_HASH_MODE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(0);
        w.u8(mode);
        w.bytes(trailing);
    }
}
