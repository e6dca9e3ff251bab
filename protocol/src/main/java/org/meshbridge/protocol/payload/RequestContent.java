package org.meshbridge.protocol.payload;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * The plaintext of a REQ: {@code timestamp(4) | request bytes}. The timestamp doubles as the tag
 * a server echoes in its RESPONSE. The body is binary, so any zero padding from decryption stays
 * in it (and re-encodes).
 *
 * <p>Fixed-type requests ({@code BaseChatMesh::sendRequest(req_type)}) are 13 bytes:
 * {@code tag | req_type | reserved(4) | random(4)}; KEEP_ALIVE is {@code tag | 0x02 | sync_since(4)}.
 *
 * @param tag  the sender's timestamp, uint32
 * @param body at least one byte ({@code len > 4} in {@code onPeerDataRecv})
 */
public record RequestContent(long tag, Bytes body) {

    /** Length of a fixed-type request ({@code uint8_t temp[13]}). */
    public static final int FIXED_REQUEST_BYTES = 13;

    public RequestContent {
        Objects.requireNonNull(body, "body");
        PayloadFields.requireU32(tag, "tag");
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a request has at least one byte after its tag");
        }
        PayloadFields.requireAtMost(4 + body.size(), PlaintextLimits.PEER_DECRYPTED_BYTES, "request plaintext");
    }

    /** A fixed-type request: {@code type}, reserved bytes (usually zero), 4 random bytes. */
    public static RequestContent fixed(long tag, RequestType type, Bytes reserved, Bytes random) {
        PayloadFields.requireSize(reserved, 4, "reserved");
        PayloadFields.requireSize(random, 4, "random");
        return new RequestContent(tag, new ByteWriter(9).u8(type.code()).bytes(reserved).bytes(random).toBytes());
    }

    /** A fixed-type request with zero reserved bytes. */
    public static RequestContent fixed(long tag, RequestType type, Bytes random) {
        return fixed(tag, type, Bytes.zeros(4), random);
    }

    /** A room keep-alive: {@code tag | 0x02 | sync_since}. */
    public static RequestContent keepAlive(long tag, long syncSince) {
        PayloadFields.requireU32(syncSince, "sync_since");
        return new RequestContent(tag, new ByteWriter(5).u8(RequestType.KEEP_ALIVE.code()).u32(syncSince).toBytes());
    }

    public static RequestContent decode(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.PEER_DECRYPTED_BYTES, "request plaintext");
        return read(plaintext.reader());
    }

    public static RequestContent read(ByteReader r) throws MalformedFrameException {
        long tag = r.u32("tag");
        if (!r.hasRemaining()) {
            throw new MalformedFrameException(Reason.TOO_SHORT, "request has no bytes after its tag");
        }
        return new RequestContent(tag, r.rest());
    }

    /** Byte 4, the request type of fixed-type requests. */
    public int requestTypeCode() {
        return body.get(0);
    }

    public Optional<RequestType> requestType() {
        return RequestType.fromCode(requestTypeCode());
    }

    /** The sync_since of a KEEP_ALIVE (bytes 5..9); empty for other requests. */
    public OptionalLong keepAliveSyncSince() {
        if (requestType().orElse(null) != RequestType.KEEP_ALIVE || body.size() < 5) {
            return OptionalLong.empty();
        }
        ByteReader r = body.slice(1, 5).reader();
        try {
            return OptionalLong.of(r.u32("sync_since"));
        } catch (MalformedFrameException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public void write(ByteWriter w) {
        w.u32(tag).bytes(body);
    }

    public Bytes encode() {
        ByteWriter w = new ByteWriter(4 + body.size());
        write(w);
        return w.toBytes();
    }
}
