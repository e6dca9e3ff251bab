package org.meshbridge.protocol.payload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.PayloadType;

/** GRP_DATA (0x06): a channel datagram (see {@link GroupDataContent}), encrypted with a channel key. */
public record GroupDataPayload(int channelHash, Bytes macAndCiphertext) implements GroupDatagram {

    public GroupDataPayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        GroupDatagram.validate(channelHash, macAndCiphertext);
    }

    /**
     * Encrypts {@code content} with {@code channel}, as {@code Mesh::createGroupDatagram} does;
     * the channel hash comes from the key.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#GROUP_SEND_BYTES}
     */
    public static GroupDataPayload seal(ChannelKey channel, GroupDataContent content) {
        return new GroupDataPayload(channel.hash(), Sealing.encryptForChannel(channel, content.encode(), "group data"));
    }

    /**
     * Decrypts with {@code channel}: empty when its hash differs or the MAC fails.
     *
     * @throws MalformedFrameException when the MAC verifies but the plaintext is not a group data
     */
    public Optional<GroupDataContent> open(ChannelKey channel) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(channel);
        return plaintext.isPresent() ? Optional.of(GroupDataContent.decode(plaintext.get())) : Optional.empty();
    }

    /**
     * Decrypts with the first of {@code channels} whose hash matches and whose MAC verifies.
     *
     * @throws MalformedFrameException when that key's plaintext is not a group data
     */
    public Optional<ChannelPlaintext<GroupDataContent>> open(List<ChannelKey> channels) throws MalformedFrameException {
        Optional<ChannelPlaintext<Bytes>> opened = decrypt(channels);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChannelPlaintext<>(opened.get().channel(), GroupDataContent.decode(opened.get().content())));
    }

    @Override
    public int typeCode() {
        return PayloadType.GRP_DATA.code();
    }
}
