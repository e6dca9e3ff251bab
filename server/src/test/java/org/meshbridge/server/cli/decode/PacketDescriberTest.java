package org.meshbridge.server.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.PayloadCipher;
import org.meshbridge.protocol.packet.Vectors;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.GroupDataContent;
import org.meshbridge.protocol.payload.GroupDataPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.NodeType;

/** {@link PacketDescriber} on packets built here: the payload kinds the spec vectors do not cover, and hostile content. */
class PacketDescriberTest {

    private static final LocalIdentity NODE = LocalIdentity.fromSeed(Bytes.fromHex("42".repeat(32)));
    private static final PacketDescriber PUBLIC_ONLY = new PacketDescriber(List.of(), List.of());

    @Test
    void groupDataOnPublicShowsItsDataTypeAndBytes() throws MalformedFrameException {
        GroupDataContent content = new GroupDataContent(GroupDataContent.DATA_TYPE_DEV, Bytes.fromHex("c0ffee"));
        GroupDataPayload payload = new GroupDataPayload(ChannelKey.PUBLIC.hash(),
                PayloadCipher.encryptThenMac(ChannelKey.PUBLIC.secret(), content.encode()));

        Report report = payloadOf(PUBLIC_ONLY.describe(payload.toFlood().encode()));

        assertThat(report.value("type")).isEqualTo("GRP_DATA");
        assertThat(report.value("channel")).isEqualTo("Public");
        assertThat(report.value("data_type")).isEqualTo(0xFFFF);
        assertThat(report.value("data")).isEqualTo("c0ffee");
    }

    @Test
    void aChannelKeyWithTheRightHashButAnotherSecretIsNamedAsTheMismatch() throws MalformedFrameException {
        ChannelKey other = secretWithHashOf(ChannelKey.PUBLIC);
        GroupTextPayload payload = new GroupTextPayload(other.hash(),
                PayloadCipher.encryptThenMac(other.secret(), GroupTextContent.of(1, "Bob", "hi").encode()));

        Report report = payloadOf(PUBLIC_ONLY.describe(payload.toFlood().encode()));

        assertThat(report.value("decrypted")).isEqualTo(false);
        assertThat(ReportText.render(report)).contains("the MAC does not verify with Public");
        Report opened = payloadOf(new PacketDescriber(List.of(new NamedChannel("secret 1", other)), List.of())
                .describe(payload.toFlood().encode()));
        assertThat(opened.value("channel")).isEqualTo("secret 1");
        assertThat(opened.value("message")).isEqualTo("hi");
    }

    @Test
    void multiAckShowsTheInnerChecksum() throws MalformedFrameException {
        MultipartPayload multi = MultipartPayload.ofAck(2, AckPayload.of(new AckHash(Bytes.fromHex("712250f6"))));

        Report report = payloadOf(PUBLIC_ONLY.describe(multi.toFlood().encode()));

        assertThat(report.value("remaining")).isEqualTo(2);
        assertThat(report.value("inner_type")).isEqualTo("ACK");
        assertThat(report.value("checksum")).isEqualTo("712250f6");
    }

    @Test
    void ackExtrasAreExplained() throws MalformedFrameException {
        AckHash hash = new AckHash(Bytes.fromHex("712250f6"));

        Report room = payloadOf(PUBLIC_ONLY.describe(AckPayload.withUnsyncedCount(hash, 3).toFlood().encode()));
        Report companion = payloadOf(PUBLIC_ONLY.describe(AckPayload.withAttempt(hash, 4, 0x99).toFlood().encode()));

        assertThat(room.value("unsynced_count")).isEqualTo(3);
        assertThat(companion.value("attempt")).isEqualTo(4);
        assertThat(companion.value("extra")).isEqualTo("0499");
    }

    @Test
    void rawCustomAndReservedTypesKeepTheirBytes() throws MalformedFrameException {
        Report raw = PUBLIC_ONLY.describe(Bytes.fromHex("3E00AABB"));
        Report reserved = PUBLIC_ONLY.describe(Bytes.fromHex("3200AABB"));

        assertThat(raw.value("payload_type")).isEqualTo("RAW_CUSTOM");
        assertThat(payloadOf(raw).value("data")).isEqualTo("aabb");
        assertThat(reserved.value("payload_type")).isEqualTo("RESERVED");
        assertThat(reserved.value("payload_type_code")).isEqualTo(0x0C);
        assertThat(payloadOf(reserved).value("type_code")).isEqualTo(0x0C);
    }

    @Test
    void aTamperedAdvertSignatureIsInvalid() throws MalformedFrameException {
        byte[] tampered = Vectors.R1_ADVERT.toArray();
        tampered[tampered.length - 1] ^= 1;

        Report report = payloadOf(PUBLIC_ONLY.describe(Bytes.of(tampered)));

        assertThat(report.value("signature_valid")).isEqualTo(false);
        assertThat(ReportText.render(report)).contains("INVALID");
    }

    @Test
    void appDataOverThirtyTwoBytesIsNotValidButTheFirmwareViewIsShownBesideIt() throws MalformedFrameException {
        Bytes appData = AdvertAppData.of(NodeType.CHAT, "Alice", Optional.empty()).encode().concat(Bytes.zeros(30));
        AdvertPayload advert = new AdvertPayload(NODE.publicKey(), 1_700_000_000L,
                NODE.sign(AdvertPayload.signedMessage(NODE.publicKey(), 1_700_000_000L, appData)), appData);

        Report report = payloadOf(PUBLIC_ONLY.describe(advert.toFlood().encode()));

        assertThat(report.value("app_data_length")).isEqualTo(36);
        assertThat(report.value("signature_valid")).isEqualTo(false);
        assertThat(report.value("signature_valid_first_32_bytes")).isEqualTo(true);
        assertThat(report.value("name")).isEqualTo("Alice");
        assertThat(report.value("unsigned_app_data")).isEqualTo("00".repeat(4));
        assertThat(ReportText.render(report)).contains("app data is 36 bytes: the firmware verifies and parses only the first 32");
    }

    @Test
    void controlCharactersInAnAdvertNameCannotReachTheTerminal() throws MalformedFrameException {
        AdvertAppData appData = AdvertAppData.of(NodeType.CHAT, "Eve\u001b[2J\u0007", Optional.empty());
        Bytes data = appData.encode();
        AdvertPayload advert = new AdvertPayload(NODE.publicKey(), 5,
                NODE.sign(AdvertPayload.signedMessage(NODE.publicKey(), 5, data)), data);

        Report report = PUBLIC_ONLY.describe(advert.toFlood().encode());

        assertThat(ReportText.render(report)).contains("Eve\\x1b[2J\\x07").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(ReportJson.render(report)).contains("Eve\\u001B[2J\\u0007");
    }

    @Test
    void anInvalidPayloadThrowsTheTypedError() {
        assertThatThrownBy(() -> PUBLIC_ONLY.describe(Bytes.fromHex("0D00AABBCC")))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageStartingWith("TOO_SHORT");
    }

    private static Report payloadOf(Report packet) {
        return (Report) packet.value("payload");
    }

    /** A 16-byte secret whose channel hash equals {@code key}'s (found by counting; about 256 tries). */
    private static ChannelKey secretWithHashOf(ChannelKey key) {
        for (int i = 0; ; i++) {
            ChannelKey candidate = ChannelKey.ofSecret(new ByteWriter(16).u32(i).bytes(Bytes.zeros(12)).toBytes());
            if (candidate.hash() == key.hash() && !candidate.equals(key)) {
                return candidate;
            }
        }
    }
}
