package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * The plaintext of a RESPONSE (or of a PATH extra of type RESPONSE): {@code tag(4) | body}. For
 * REQ replies the tag is the echoed request timestamp; for login replies it is the server's
 * clock. The body is binary and keeps any zero padding.
 */
public record ResponseContent(long tag, Bytes body) {

    public ResponseContent {
        Objects.requireNonNull(body, "body");
        PayloadFields.requireU32(tag, "tag");
        PayloadFields.requireAtMost(4 + body.size(), PlaintextLimits.PEER_DECRYPTED_BYTES, "response plaintext");
    }

    public static ResponseContent decode(Bytes plaintext) throws MalformedFrameException {
        PayloadFields.checkInputSize(plaintext, PlaintextLimits.PEER_DECRYPTED_BYTES, "response plaintext");
        return read(plaintext.reader());
    }

    public static ResponseContent read(ByteReader r) throws MalformedFrameException {
        return new ResponseContent(r.u32("tag"), r.rest());
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
