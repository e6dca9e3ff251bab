package org.meshbridge.protocol.payload;

import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * The two channel-encrypted payloads (GRP_TXT, GRP_DATA): {@code channel_hash(1) | MAC(2) |
 * ciphertext}. The channel hash is the first byte of SHA-256 of the channel key.
 */
public sealed interface GroupDatagram extends Payload permits GroupTextPayload, GroupDataPayload {

    /** The channel hash (0..255). */
    int channelHash();

    /** The 2-byte MAC followed by the ciphertext. */
    Bytes macAndCiphertext();

    default Bytes mac() {
        return macAndCiphertext().prefix(PayloadConstants.CIPHER_MAC_SIZE);
    }

    default Bytes ciphertext() {
        return macAndCiphertext().slice(PayloadConstants.CIPHER_MAC_SIZE, macAndCiphertext().size());
    }

    @Override
    default void write(ByteWriter w) {
        w.u8(channelHash()).bytes(macAndCiphertext());
    }

    /**
     * The plaintext, zero padding included, when {@code channel}'s hash is this channel hash and
     * its MAC verifies; otherwise empty (never an exception: 1-byte hashes collide).
     */
    default Optional<Bytes> decrypt(ChannelKey channel) {
        return Sealing.decrypt(this, channel);
    }

    /**
     * The plaintext and key of the first of {@code channels} whose hash matches and whose MAC
     * verifies ({@code Mesh::onRecvPacket} stops at the first); empty when none does.
     */
    default Optional<ChannelPlaintext<Bytes>> decrypt(List<ChannelKey> channels) {
        return Sealing.decrypt(this, channels);
    }

    /**
     * The record for {@code type} (GRP_TXT or GRP_DATA).
     *
     * @throws IllegalArgumentException for any other type
     */
    static GroupDatagram of(PayloadType type, int channelHash, Bytes macAndCiphertext) {
        return switch (type) {
            case GRP_TXT -> new GroupTextPayload(channelHash, macAndCiphertext);
            case GRP_DATA -> new GroupDataPayload(channelHash, macAndCiphertext);
            default -> throw new IllegalArgumentException(type + " is not a group datagram");
        };
    }

    /** Reads a group datagram of {@code type}: at least 4 bytes ({@code Mesh::onRecvPacket}). */
    static GroupDatagram read(PayloadType type, ByteReader r) throws MalformedFrameException {
        PayloadFields.checkMinimum(r, PayloadConstants.MIN_GROUP_DATAGRAM, type);
        int channel = r.u8("channel_hash");
        return of(type, channel, PayloadFields.macAndCiphertext(r));
    }

    /** Checks shared by the two records. */
    static void validate(int channelHash, Bytes macAndCiphertext) {
        PayloadFields.requireU8(channelHash, "channel_hash");
        PayloadFields.requireMacAndCiphertext(macAndCiphertext);
        PayloadFields.requireAtMost(1 + macAndCiphertext.size(), PayloadConstants.MAX_PACKET_PAYLOAD, "group datagram");
    }
}
