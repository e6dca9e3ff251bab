package org.meshbridge.protocol.payload;

import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.PayloadCipher;

/** The encrypt-then-MAC steps shared by the sealing methods: send limits and channel matching. */
final class Sealing {

    private Sealing() {
    }

    /**
     * {@code PayloadCipher.encryptThenMac} after the sender's check of {@code Mesh::create*}.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@code sendLimit}
     */
    static Bytes encrypt(Bytes secret, Bytes plaintext, int sendLimit, String what) {
        PayloadFields.requireAtMost(plaintext.size(), sendLimit, what + " plaintext");
        return PayloadCipher.encryptThenMac(secret, plaintext);
    }

    /** Encrypts a group plaintext with {@code channel} ({@code Mesh::createGroupDatagram}). */
    static Bytes encryptForChannel(ChannelKey channel, Bytes plaintext, String what) {
        return encrypt(channel.secret(), plaintext, PlaintextLimits.GROUP_SEND_BYTES, what);
    }

    /** The plaintext if the channel hash matches and the MAC verifies. */
    static Optional<Bytes> decrypt(GroupDatagram datagram, ChannelKey channel) {
        if (channel.hash() != datagram.channelHash()) {
            return Optional.empty();
        }
        return PayloadCipher.macThenDecrypt(channel.secret(), datagram.macAndCiphertext());
    }

    /** The first channel whose hash matches and whose MAC verifies, as {@code Mesh::onRecvPacket} tries them. */
    static Optional<ChannelPlaintext<Bytes>> decrypt(GroupDatagram datagram, List<ChannelKey> channels) {
        for (ChannelKey channel : channels) {
            Optional<Bytes> plaintext = decrypt(datagram, channel);
            if (plaintext.isPresent()) {
                return Optional.of(new ChannelPlaintext<>(channel, plaintext.get()));
            }
        }
        return Optional.empty();
    }
}
