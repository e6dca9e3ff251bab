package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code PUSH_CODE_PATH_DISCOVERY_RESPONSE}: the answer to CMD_SEND_PATH_DISCOVERY_REQ with both paths, each
 * an encoded path_len followed by hash_count × hash_size bytes.
 *
 * @param reserved byte 1 (the firmware writes 0)
 * @param publicKeyPrefix the node's first 6 key bytes
 * @param outPathLen encoded out path_len
 * @param outPath out path bytes
 * @param inPathLen encoded in path_len
 * @param inPath in path bytes
 */
public record PathDiscoveryResponse(int reserved, Bytes publicKeyPrefix, int outPathLen, Bytes outPath,
        int inPathLen, Bytes inPath) implements CompanionPush {

    public PathDiscoveryResponse {
        Fields.u8(reserved, "reserved");
        Fields.exact(publicKeyPrefix, CompanionConstants.PUB_KEY_PREFIX_SIZE, "publicKeyPrefix");
        Fields.path(outPathLen, outPath, "outPath");
        Fields.path(inPathLen, inPath, "inPath");
    }

    /** With the reserved byte the firmware writes. */
    public PathDiscoveryResponse(Bytes publicKeyPrefix, int outPathLen, Bytes outPath, int inPathLen, Bytes inPath) {
        this(0, publicKeyPrefix, outPathLen, outPath, inPathLen, inPath);
    }

    /** Reads the body after the code byte. */
    public static PathDiscoveryResponse read(ByteReader r) throws MalformedFrameException {
        int reserved = r.u8("reserved");
        Bytes prefix = r.bytes(CompanionConstants.PUB_KEY_PREFIX_SIZE, "pub_key_prefix");
        int outLen = r.u8("out_path_len");
        Bytes out = Fields.readPath(r, outLen, "out_path");
        int inLen = r.u8("in_path_len");
        Bytes in = Fields.readPath(r, inLen, "in_path");
        return new PathDiscoveryResponse(reserved, prefix, outLen, out, inLen, in);
    }

    @Override
    public int code() {
        return PushCode.PATH_DISCOVERY_RESPONSE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(reserved).bytes(publicKeyPrefix).u8(outPathLen).bytes(outPath).u8(inPathLen).bytes(inPath);
    }
}
