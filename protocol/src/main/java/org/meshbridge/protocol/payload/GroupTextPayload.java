package org.meshbridge.protocol.payload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.packet.PayloadType;

/** GRP_TXT (0x05): a channel text message (see {@link GroupTextContent}), encrypted with a channel key. */
public record GroupTextPayload(int channelHash, Bytes macAndCiphertext) implements GroupDatagram {

    public GroupTextPayload {
        Objects.requireNonNull(macAndCiphertext, "macAndCiphertext");
        GroupDatagram.validate(channelHash, macAndCiphertext);
    }

    /**
     * Encrypts {@code content} with {@code channel}, as {@code Mesh::createGroupDatagram} does;
     * the channel hash comes from the key.
     *
     * @throws IllegalArgumentException when the plaintext exceeds {@link PlaintextLimits#GROUP_SEND_BYTES}
     */
    public static GroupTextPayload seal(ChannelKey channel, GroupTextContent content) {
        return new GroupTextPayload(channel.hash(), Sealing.encryptForChannel(channel, content.encode(), "group text"));
    }

    /**
     * Decrypts with {@code channel}: empty when its hash differs or the MAC fails.
     *
     * @throws MalformedFrameException when the MAC verifies but the plaintext is not a group text
     */
    public Optional<GroupTextContent> open(ChannelKey channel) throws MalformedFrameException {
        Optional<Bytes> plaintext = decrypt(channel);
        return plaintext.isPresent() ? Optional.of(GroupTextContent.decode(plaintext.get())) : Optional.empty();
    }

    /**
     * Decrypts with the first of {@code channels} whose hash matches and whose MAC verifies.
     *
     * @throws MalformedFrameException when that key's plaintext is not a group text
     */
    public Optional<ChannelPlaintext<GroupTextContent>> open(List<ChannelKey> channels) throws MalformedFrameException {
        Optional<ChannelPlaintext<Bytes>> opened = decrypt(channels);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChannelPlaintext<>(opened.get().channel(), GroupTextContent.decode(opened.get().content())));
    }

    @Override
    public int typeCode() {
        return PayloadType.GRP_TXT.code();
    }
}
