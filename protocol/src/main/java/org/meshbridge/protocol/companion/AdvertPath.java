package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_ADVERT_PATH}: when the node's last advert was heard and the path it came along (an encoded
 * path_len, then hash_count × hash_size bytes).
 *
 * @param recvTimestamp recv_timestamp (radio clock)
 * @param pathLen encoded path_len
 * @param path the path bytes
 */
public record AdvertPath(long recvTimestamp, int pathLen, Bytes path) implements CompanionResponse {

    public AdvertPath {
        Fields.u32(recvTimestamp, "recvTimestamp");
        Fields.path(pathLen, path, "path");
    }

    /** Reads the body after the code byte. */
    public static AdvertPath read(ByteReader r) throws MalformedFrameException {
        long ts = r.u32("recv_timestamp");
        int pathLen = r.u8("path_len");
        return new AdvertPath(ts, pathLen, Fields.readPath(r, pathLen, "path"));
    }

    @Override
    public int code() {
        return ResponseCode.ADVERT_PATH.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(recvTimestamp).u8(pathLen).bytes(path);
    }
}
