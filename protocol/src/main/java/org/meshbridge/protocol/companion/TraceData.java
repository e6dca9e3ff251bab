package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_TRACE_DATA}: a TRACE came back. After reserved, path_len, flags, tag and auth come
 * path_len hash bytes, then {@code path_len >> (flags & 3)} SNR bytes (one per hop), then the final SNR to this
 * node. meshcore.js reads path_len SNR bytes whatever the flags, so it misreads traces with 2+ byte hashes.
 *
 * @param reserved byte 1 (the firmware writes 0)
 * @param flags flags (bits 0-1: hash size as a shift)
 * @param tag tag
 * @param authCode auth code
 * @param pathHashes the hop hashes (path_len bytes)
 * @param pathSnrs SNR × 4 per hop (path_len >> (flags & 3) bytes)
 * @param finalSnrQuarterDb SNR × 4 of the last hop to this node
 */
public record TraceData(int reserved, int flags, long tag, long authCode, Bytes pathHashes, Bytes pathSnrs,
        int finalSnrQuarterDb) implements CompanionPush {

    public TraceData {
        Fields.u8(reserved, "reserved");
        Fields.u8(flags, "flags");
        Fields.u32(tag, "tag");
        Fields.u32(authCode, "authCode");
        Fields.any(pathHashes, "pathHashes");
        Fields.u8(pathHashes.size(), "path_len");
        Fields.exact(pathSnrs, snrCount(pathHashes.size(), flags), "pathSnrs");
        Fields.i8(finalSnrQuarterDb, "finalSnrQuarterDb");
    }

    /** With the reserved byte the firmware writes. */
    public TraceData(int flags, long tag, long authCode, Bytes pathHashes, Bytes pathSnrs, int finalSnrQuarterDb) {
        this(0, flags, tag, authCode, pathHashes, pathSnrs, finalSnrQuarterDb);
    }

    private static int snrCount(int pathLen, int flags) {
        return pathLen >> (flags & CompanionConstants.TRACE_PATH_SIZE_MASK);
    }

    /** Reads the body after the code byte. */
    public static TraceData read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        int pathLen = r.u8("path_len");
        int flags = r.u8("flags");
        long tag = r.u32("tag");
        long auth = r.u32("auth_code");
        Bytes hashes = r.bytes(pathLen, "path_hashes");
        Bytes snrs = r.bytes(snrCount(pathLen, flags), "path_snrs");
        int last = r.i8("final_snr");
        return new TraceData(reserved, flags, tag, auth, hashes, snrs, last);
    }

    @Override
    public int code() {
        return PushCode.TRACE_DATA.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved).u8(pathHashes.size()).u8(flags).u32(tag).u32(authCode).bytes(pathHashes).bytes(pathSnrs)
                .u8(finalSnrQuarterDb);
    }
}
