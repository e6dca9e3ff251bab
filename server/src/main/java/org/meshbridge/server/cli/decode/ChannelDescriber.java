package org.meshbridge.server.cli.decode;

import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.payload.ChannelPlaintext;
import org.meshbridge.protocol.payload.GroupDataContent;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;

/**
 * GRP_TXT and GRP_DATA: channel hash, MAC and ciphertext, then the plaintext when one of the
 * channel keys has that hash and its MAC verifies (the first such key wins, as in the firmware).
 */
final class ChannelDescriber {

    private final List<NamedChannel> channels;

    ChannelDescriber(List<NamedChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    void describe(Report report, GroupDatagram datagram) {
        report.put("channel_hash", Formats.byteHex(datagram.channelHash()))
                .put("mac", datagram.mac().hex())
                .put("ciphertext_length", datagram.ciphertext().size(), Formats.bytes(datagram.ciphertext().size()));
        Optional<ChannelPlaintext<Bytes>> opened = datagram.decrypt(channels.stream().map(NamedChannel::key).toList());
        if (opened.isPresent()) {
            report.put("decrypted", true).put("channel", labelOf(opened.get().channel()));
            plaintext(report, datagram, opened.get().content());
        } else {
            List<NamedChannel> sameHash = channels.stream().filter(c -> c.key().hash() == datagram.channelHash()).toList();
            report.put("decrypted", false, "no: " + whyNot(datagram, sameHash));
        }
    }

    private String labelOf(ChannelKey key) {
        return channels.stream().filter(c -> c.key().equals(key)).findFirst().map(NamedChannel::label).orElseThrow();
    }

    private String whyNot(GroupDatagram datagram, List<NamedChannel> candidates) {
        String tried = String.join(", ", channels.stream().map(NamedChannel::label).toList());
        if (candidates.isEmpty()) {
            return "no given channel has hash " + Formats.byteHex(datagram.channelHash()) + " (tried " + tried
                    + "; add --channel-secret)";
        }
        return "the MAC does not verify with " + String.join(", ", candidates.stream().map(NamedChannel::label).toList())
                + " (same channel hash, another key; add --channel-secret)";
    }

    private static void plaintext(Report report, GroupDatagram datagram, Bytes plaintext) {
        try {
            if (datagram instanceof GroupTextPayload) {
                text(report, GroupTextContent.decode(plaintext));
            } else {
                data(report, GroupDataContent.decode(plaintext));
            }
        } catch (MalformedFrameException e) {
            report.put("plaintext", plaintext.hex())
                    .note("the MAC verifies but the plaintext does not parse: " + e.getMessage());
        }
    }

    private static void text(Report report, GroupTextContent content) {
        report.put("timestamp", content.timestamp(), Formats.timestamp(content.timestamp()))
                .json("timestamp_utc", Formats.utc(content.timestamp()))
                .put("flags", content.flags(), Formats.hex8(content.flags()) + " (attempt " + content.flags() + ")");
        content.sender().ifPresentOrElse(sender -> report.put("sender", sender), () -> report.json("sender", null));
        report.put("message", content.message())
                .json("text", content.textString());
    }

    private static void data(Report report, GroupDataContent content) {
        String type = content.dataType() == GroupDataContent.DATA_TYPE_DEV ? " (DATA_TYPE_DEV)"
                : content.dataType() == 0 ? " (reserved)" : "";
        report.put("data_type", content.dataType(), Formats.hex16(content.dataType()) + type)
                .put("data_length", content.data().size(), Formats.bytes(content.data().size()))
                .put("data", content.data().hex(), Formats.hexOrNone(content.data()));
    }
}
