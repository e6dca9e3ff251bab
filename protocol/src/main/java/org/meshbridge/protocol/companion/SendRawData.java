package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code CMD_SEND_RAW_DATA}: sends a RAW_CUSTOM payload direct along {@code path}. path_len is a plain byte
 * count read as int8 (a negative one, "flood", gets ERR_CODE_UNSUPPORTED_CMD); the payload needs at least 4
 * bytes, so the frame has at least 6.
 *
 * @param path path bytes (0..127)
 * @param payload payload (at least 4 bytes)
 */
public record SendRawData(Bytes path, Bytes payload) implements CompanionCommand {

    private static final int MAX_PATH_BYTES = 127;
    private static final int MIN_PAYLOAD_BYTES = 4;

    public SendRawData {
        Fields.any(path, "path");
        if (path.size() > MAX_PATH_BYTES) {
            throw new IllegalArgumentException("path_len is an int8: at most 127 bytes, was " + path.size());
        }
        Fields.atLeast(payload, MIN_PAYLOAD_BYTES, "payload");
    }

    /** Reads the body after the code byte. */
    public static SendRawData read(ByteReader r) throws MalformedFrameException {
        int pathLen = r.i8("path_len");
        if (pathLen < 0) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "CMD_SEND_RAW_DATA path_len " + pathLen + " is negative");
        }
        Bytes path = r.bytes(pathLen, "path");
        if (r.remaining() < MIN_PAYLOAD_BYTES) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "CMD_SEND_RAW_DATA needs a payload of at least 4 bytes");
        }
        return new SendRawData(path, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SEND_RAW_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(path.size()).bytes(path).bytes(payload);
    }
}
