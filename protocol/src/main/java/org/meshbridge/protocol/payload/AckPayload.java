package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * ACK (0x03): the 4-byte {@link AckHash}, then optional extra bytes that receivers ignore.
 *
 * <p>Senders write 4 bytes (firmware before v1.16), 5 (room keep-alive ACK: + unsynced count)
 * or 6 (v1.16+ companions: + extended attempt byte + 1 random byte). {@code Mesh::onRecvPacket}
 * accepts any length from 4 and forwards the whole payload, so any extra up to the packet limit
 * is accepted and kept here.
 *
 * @param hash  the ACK hash, the only part a receiver matches
 * @param extra 0..180 bytes after it
 */
public record AckPayload(AckHash hash, Bytes extra) implements Payload {

    /** The most extra bytes a firmware sender writes (v1.16+ companions). */
    public static final int MAX_SENT_EXTRA_BYTES = 2;

    public AckPayload {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(extra, "extra");
        PayloadFields.requireAtMost(AckHash.BYTES + extra.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "ACK payload");
    }

    /** A plain 4-byte ACK. */
    public static AckPayload of(AckHash hash) {
        return new AckPayload(hash, Bytes.EMPTY);
    }

    /** A v1.16+ companion ACK: hash, extended attempt byte (0 unless attempt > 3), one random byte. */
    public static AckPayload withAttempt(AckHash hash, int attemptByte, int randomByte) {
        PayloadFields.requireU8(attemptByte, "attempt");
        PayloadFields.requireU8(randomByte, "random");
        return new AckPayload(hash, Bytes.of((byte) attemptByte, (byte) randomByte));
    }

    /** A room server keep-alive ACK: hash and the count of posts not yet pushed. */
    public static AckPayload withUnsyncedCount(AckHash hash, int unsyncedCount) {
        PayloadFields.requireU8(unsyncedCount, "unsynced count");
        return new AckPayload(hash, Bytes.of((byte) unsyncedCount));
    }

    public static AckPayload read(ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, AckHash.BYTES, "ACK payload");
        return new AckPayload(AckHash.read(r), r.rest());
    }

    @Override
    public int typeCode() {
        return PayloadType.ACK.code();
    }

    @Override
    public void write(ByteWriter w) {
        hash.write(w);
        w.bytes(extra);
    }
}
