package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.assertHeader;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.ints;
import static org.meshbridge.protocol.oracle.DecodedPacketAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PathPayload;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.PeerLink;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.RoomLogin;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TracePayload;

/**
 * Packets built and sealed with our API that meshcore-decoder 0.3.0 must accept with the values we
 * put in (issue 2 item 4 (b)): adverts signed with seeds and with 64-byte keys, group texts on
 * public, hashtag and private channels, ACKs, PATHs, traces, ANON_REQs, peer datagrams,
 * region-scoped packets and 2- and 3-byte path hashes.
 */
class SealedPacketsOracleTest {

    static final LocalIdentity SEEDED = LocalIdentity.fromSeed(Bytes.fromHex("42".repeat(32)));
    static final LocalIdentity IMPORTED = LocalIdentity.fromExpandedKey(Bytes.fromHex(
            "7065e18fd9fabb70c1ed90dca19907de698c88b709ea146eafd93d9b830c7b60"
                    + "c4681193c79bbc39945ba8064104bb618f8fd7a84a0af6f57033d6e8ddcd6471"));
    static final AdvertAppData ALICE = AdvertAppData.of(NodeType.CHAT, "Alice 🌲",
            Optional.of(new AdvertAppData.Location(47543968, -122108616)));

    @RegisterExtension
    static final DecoderOracleSession ORACLE = new DecoderOracleSession();

    @Test
    void advertSignedFromASeedVerifiesWithOurNameLocationAndType() {
        assertAdvert(AdvertPayload.sign(SEEDED, 1700000000L, ALICE), SEEDED);
    }

    @Test
    void advertSignedWithAnImported64ByteKeyVerifies() {
        assertAdvert(AdvertPayload.sign(IMPORTED, 1700000001L, ALICE), IMPORTED);
        LocalIdentity seededReimported = LocalIdentity.fromExpandedKey(SEEDED.expandedKey());
        AdvertAppData repeater = AdvertAppData.of(NodeType.REPEATER, "rpt-1", Optional.empty());
        JsonNode advert = decode(AdvertPayload.sign(seededReimported, 1700000002L, repeater).toFlood()).at("/payload/decoded");
        assertThat(advert.path("signatureValid").asBoolean()).isTrue();
        assertThat(advert.at("/appData/deviceRole").asInt()).isEqualTo(2);
        assertThat(advert.at("/appData/hasLocation").asBoolean()).isFalse();
    }

    @Test
    void tamperedAdvertsAreInvalidForTheDecoderAndForUs() {
        AdvertPayload advert = AdvertPayload.sign(SEEDED, 1700000000L, ALICE);
        AdvertPayload laterTimestamp = new AdvertPayload(advert.publicKey(), 1700000001L, advert.signature(), advert.appData());
        AdvertPayload renamed = new AdvertPayload(advert.publicKey(), advert.timestamp(), advert.signature(),
                AdvertAppData.of(NodeType.CHAT, "Mallory", ALICE.location()).encode());
        for (AdvertPayload tampered : List.of(laterTimestamp, renamed)) {
            assertThat(tampered.verifySignature()).isFalse();
            JsonNode packet = ORACLE.decoder().decode(tampered.toFlood().encode());
            assertThat(packet.at("/payload/decoded/signatureValid").asBoolean()).isFalse();
            assertThat(packet.path("isValid").asBoolean()).as("the decoder rejects the whole packet").isFalse();
        }
    }

    @Test
    void groupTextsOnPublicHashtagAndPrivateChannelsDecryptToOurSenderTextAndTime() {
        ChannelKey hashtag = ChannelKey.hashtag("#meshbridge");
        byte[] secret = new byte[16];
        new Random(99).nextBytes(secret);
        ChannelKey privateChannel = new ChannelKey(Bytes.of(secret));
        for (ChannelKey channel : List.of(ChannelKey.PUBLIC, hashtag, privateChannel)) {
            GroupTextContent content = GroupTextContent.of(1700000400L, "Bob", "hello from " + channel);
            Packet packet = GroupTextPayload.seal(channel, content).toFlood();
            JsonNode text = ORACLE.decoder().decode(packet.encode(), channel.secret()).at("/payload/decoded");
            assertThat(text.path("channelHash").asText()).isEqualTo(String.format("%02X", channel.hash()));
            assertThat(text.at("/decrypted/timestamp").asLong()).isEqualTo(1700000400L);
            assertThat(text.at("/decrypted/sender").asText()).isEqualTo("Bob");
            assertThat(text.at("/decrypted/message").asText()).isEqualTo("hello from " + channel);
            assertThat(ORACLE.decoder().decode(packet.encode(), ChannelKey.hashtag("#other").secret())
                    .at("/payload/decoded/decrypted").isMissingNode()).isTrue();
        }
    }

    @Test
    void ackCarriesOurHash() {
        AckHash hash = AckHash.forPlainText(TextMessageContent.plain(1700000200L, 0, "Hello room"), SEEDED.publicKey());
        JsonNode packet = decode(AckPayload.withAttempt(hash, 0, 0x5A).toFlood());
        assertHeader(packet, 1, 3, List.of());
        assertThat(packet.at("/payload/decoded/checksum").asText()).isEqualTo(hash.value().hex().toUpperCase());
    }

    @Test
    void pathReturnKeepsOurHeaderAndPathButItsBodyIsMisreadAsPlain() {
        PathPayload path = PeerLink.between(IMPORTED, SEEDED.identity())
                .seal(PathContent.withAck(Path.ofOneByteHashes(0xAA, 0xBB), AckPayload.of(new AckHash(Bytes.fromHex("01020304")))));
        JsonNode packet = ORACLE.decoder().decode(path.toDirect(Path.ofOneByteHashes(0xBB, 0xAA)).encode());
        assertThat(packet.path("isValid").asBoolean()).isTrue();
        assertThat(packet.path("routeType").asInt()).isEqualTo(2);
        assertThat(packet.path("payloadType").asInt()).isEqualTo(8);
        assertThat(texts(packet.path("path"))).containsExactly("BB", "AA");
        assertThat(packet.at("/payload/raw").asText()).isEqualTo(path.encode().hex().toUpperCase());
    }

    @Test
    void traceWithTwoByteHopsAndSnrPathHasOurTagAuthAndHops() {
        TracePayload trace = TracePayload.of(0x01020304L, 12345L, 2, Bytes.fromHex("AABB CCDD EEFF"));
        JsonNode packet = decode(trace.toDirect(Path.ofOneByteHashes(0x28, 0xF4)));
        JsonNode decoded = packet.at("/payload/decoded");
        assertThat(decoded.path("traceTag").asText()).isEqualTo("01020304");
        assertThat(decoded.path("authCode").asLong()).isEqualTo(12345L);
        assertThat(decoded.path("pathHashSize").asInt()).isEqualTo(2);
        assertThat(texts(decoded.path("pathHashes"))).containsExactly("AABB", "CCDD", "EEFF");
        assertThat(decoded.path("snrValues").get(0).asDouble()).isEqualTo(10.0);
        assertThat(decoded.path("snrValues").get(1).asDouble()).isEqualTo(-3.0);
    }

    @Test
    void anonRequestCarriesOurDestinationHashAndSenderKey() {
        AnonRequestPayload login = AnonRequestPayload.seal(SEEDED, IMPORTED.identity(), RoomLogin.of(1700000100L, 0, "secret"));
        JsonNode decoded = decode(login.toFlood()).at("/payload/decoded");
        assertThat(decoded.path("destinationHash").asText()).isEqualTo("1E");
        assertThat(decoded.path("senderPublicKey").asText()).isEqualTo(SEEDED.publicKey().hex().toUpperCase());
        assertThat(decoded.path("cipherMac").asText()).isEqualTo(login.mac().hex().toUpperCase());
    }

    @Test
    void textRequestAndResponseHeadersCarryOurHashesMacAndCiphertext() {
        PeerLink link = PeerLink.between(SEEDED, IMPORTED.identity());
        List<PeerDatagram> datagrams = List.of(
                link.seal(TextMessageContent.plain(1700000200L, 5, "Hello")),
                link.seal(RequestContent.fixed(1700000500L, RequestType.GET_TELEMETRY_DATA, Bytes.fromHex("01020304"))),
                link.seal(new ResponseContent(1700000500L, Bytes.utf8("telemetry"))));
        for (PeerDatagram datagram : datagrams) {
            JsonNode packet = decode(datagram.toFlood());
            assertThat(packet.path("payloadType").asInt()).isEqualTo(datagram.typeCode());
            DecodedPacketAssertions.assertPeerDatagram(packet.at("/payload/decoded"), "1E", "21",
                    datagram.mac().hex().toUpperCase(), datagram.ciphertext().hex().toUpperCase());
        }
    }

    @Test
    void regionScopedFloodAndDirectCarryOurCodeWhichTheDecoderMatchesToTheRegion() {
        RegionKey region = RegionKey.named("#seattle");
        Packet text = GroupTextPayload.seal(ChannelKey.PUBLIC, GroupTextContent.of(5, "Bob", "scoped")).toFlood();
        Packet ack = AckPayload.of(new AckHash(Bytes.fromHex("CAFEBABE"))).toZeroHop();
        for (Packet scoped : List.of(region.scope(text), region.scope(ack))) {
            JsonNode packet = ORACLE.decoder().decodeInRegions(scoped.encode(), List.of("#seattle", "#portland"));
            assertThat(packet.path("routeType").asInt()).isEqualTo(scoped.route().code());
            assertThat(ints(packet.path("transportCodes")))
                    .containsExactly(region.transportCode(scoped.payloadTypeCode(), scoped.payload()), 0);
            assertThat(packet.at("/regionMatches/#seattle").asBoolean()).isTrue();
            assertThat(packet.at("/regionMatches/#portland").asBoolean()).isFalse();
        }
        assertThat(region.scope(ack).route()).isEqualTo(RouteType.TRANSPORT_DIRECT);
    }

    @Test
    void twoAndThreeBytePathHashesAreReadAsOurHops() {
        Packet two = PeerLink.between(SEEDED, IMPORTED.identity()).seal(TextMessageContent.plain(1, 0, "hi"))
                .toPacket(RouteType.FLOOD, new Path(2, Bytes.fromHex("AABB CCDD")));
        Packet three = AckPayload.of(new AckHash(Bytes.fromHex("01020304")))
                .toPacket(RouteType.DIRECT, new Path(3, Bytes.fromHex("112233 445566 778899")));
        JsonNode twoDecoded = decode(two);
        assertThat(twoDecoded.path("pathHashSize").asInt()).isEqualTo(2);
        assertThat(texts(twoDecoded.path("path"))).containsExactly("AABB", "CCDD");
        JsonNode threeDecoded = decode(three);
        assertThat(threeDecoded.path("pathHashSize").asInt()).isEqualTo(3);
        assertThat(texts(threeDecoded.path("path"))).containsExactly("112233", "445566", "778899");
    }

    @Test
    void decoderReadsUint32TimestampsFrom2To31AsNegativeAndNodeTypeZeroAsChat() {
        AdvertAppData none = AdvertAppData.of(NodeType.NONE, "x", Optional.empty());
        JsonNode advert = decode(AdvertPayload.sign(SEEDED, 0x80000000L, none).toFlood()).at("/payload/decoded");
        assertThat(advert.path("signatureValid").asBoolean()).isTrue();
        assertThat(advert.path("timestamp").asLong()).as("decoder quirk: signed uint32").isEqualTo(-0x80000000L);
        assertThat(advert.at("/appData/deviceRole").asInt()).as("decoder quirk: type 0 shown as chat").isEqualTo(1);
        assertThat(advert.at("/appData/flags").asInt()).isEqualTo(0x80);
    }

    private static void assertAdvert(AdvertPayload advert, LocalIdentity signer) {
        assertThat(advert.verifySignature()).isTrue();
        JsonNode packet = decode(advert.toFlood());
        assertHeader(packet, 1, 4, List.of());
        JsonNode decoded = packet.at("/payload/decoded");
        assertThat(decoded.path("signatureValid").asBoolean()).isTrue();
        assertThat(decoded.path("publicKey").asText()).isEqualTo(signer.publicKey().hex().toUpperCase());
        assertThat(decoded.path("timestamp").asLong()).isEqualTo(advert.timestamp());
        assertThat(decoded.at("/appData/deviceRole").asInt()).isEqualTo(1);
        assertThat(decoded.at("/appData/name").asText()).isEqualTo("Alice 🌲");
        assertThat(decoded.at("/appData/location/latitude").asDouble()).isEqualTo(47.543968);
        assertThat(decoded.at("/appData/location/longitude").asDouble()).isEqualTo(-122.108616);
    }

    private static JsonNode decode(Packet packet) {
        JsonNode reply = ORACLE.decoder().decode(packet.encode());
        assertThat(reply.has("error")).as("decoder error: %s", reply).isFalse();
        assertThat(reply.path("isValid").asBoolean()).as("decoder rejected: %s", reply).isTrue();
        return reply;
    }
}
