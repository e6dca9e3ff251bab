package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_TRACE_PATH}: sends a TRACE along the given hop hashes; more than 10 bytes. flags & 3 is the
 * hash size as a shift; the firmware answers ERR_CODE_ILLEGAL_ARG when the hashes do not fit it.
 *
 * @param tag tag
 * @param authCode auth
 * @param flags flags
 * @param pathHashes path
 */
public record SendTracePath(long tag, long authCode, int flags, Bytes pathHashes) implements CompanionCommand {

    public SendTracePath {
        Fields.u32(tag, "tag");
        Fields.u32(authCode, "authCode");
        Fields.u8(flags, "flags");
        Fields.atLeast(pathHashes, 1, "pathHashes");
    }

    /** Reads the body after the code byte. */
    public static SendTracePath read(ByteReader r) throws MalformedFrameException {
        long tag = r.u32("tag");
        long authCode = r.u32("auth");
        int flags = r.u8("flags");
        if (r.remaining() < 1) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SEND_TRACE_PATH needs at least 1 bytes of path");
        }
        Bytes pathHashes = r.rest();
        return new SendTracePath(tag, authCode, flags, pathHashes);
    }

    @Override
    public int code() {
        return CommandCode.SEND_TRACE_PATH.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(tag);
        w.u32(authCode);
        w.u8(flags);
        w.bytes(pathHashes);
    }
}
