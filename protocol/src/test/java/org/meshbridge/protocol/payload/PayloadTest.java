package org.meshbridge.protocol.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.Vectors;

class PayloadTest {

    static Stream<Bytes> validPackets() {
        return Vectors.validPackets().stream();
    }

    static Payload payloadOf(Bytes frame) throws MalformedFrameException {
        return Payload.decode(Packet.decode(frame));
    }

    @ParameterizedTest
    @MethodSource("validPackets")
    void everyVectorPayloadDecodesAndReEncodesExactly(Bytes frame) throws Exception {
        Packet packet = Packet.decode(frame);
        Payload payload = Payload.decode(packet);
        assertThat(payload.typeCode()).isEqualTo(packet.payloadTypeCode());
        assertThat(payload.encode()).isEqualTo(packet.payload());
        assertThat(payload.toPacket(packet.route().isFlood() ? org.meshbridge.protocol.packet.RouteType.FLOOD
                : org.meshbridge.protocol.packet.RouteType.DIRECT, packet.path()).payload()).isEqualTo(packet.payload());
    }

    @Test
    void decodesTheR1RepeaterAdvert() throws Exception {
        AdvertPayload advert = (AdvertPayload) payloadOf(Vectors.R1_ADVERT);
        assertThat(advert.publicKey()).isEqualTo(Vectors.R1_PUB_KEY);
        assertThat(advert.timestamp()).isEqualTo(1758455660L);
        assertThat(advert.appData()).isEqualTo(Bytes.fromHex("92A076D50238C5B8F8").concat(Bytes.utf8("WW7STR/PugetMesh Cougar")));
        assertThat(advert.isAppDataFullySigned()).isTrue();
        assertThat(advert.signedMessage()).isEqualTo(Vectors.R1_PUB_KEY.concat(Bytes.fromHex("6CE7CF68")).concat(advert.appData()));
        AdvertAppData data = advert.appDataFields().orElseThrow();
        assertThat(data.nodeType()).contains(NodeType.REPEATER);
        assertThat(data.flags()).isEqualTo(0x92);
        assertThat(data.location()).contains(new AdvertAppData.Location(47543968, -122108616));
        assertThat(data.feature1()).isEmpty();
        assertThat(data.name()).contains("WW7STR/PugetMesh Cougar");
        assertThat(data.encode()).isEqualTo(advert.appData());
    }

    @Test
    void decodesTheSyntheticRoomAdvertAndRebuildsItsAppData() throws Exception {
        AdvertPayload advert = (AdvertPayload) payloadOf(Vectors.V1_ROOM_ADVERT);
        assertThat(advert.publicKey()).isEqualTo(Vectors.B_PUB_KEY);
        assertThat(advert.timestamp()).isEqualTo(1700000000L);
        AdvertAppData data = advert.appDataFields().orElseThrow();
        assertThat(data.flags()).isEqualTo(0x93);
        assertThat(data.nodeType()).contains(NodeType.ROOM);
        assertThat(data.name()).contains("Test BBS");
        AdvertAppData rebuilt = AdvertAppData.of(NodeType.ROOM, "Test BBS", Optional.of(new AdvertAppData.Location(0, 0)));
        assertThat(rebuilt).isEqualTo(data);
        assertThat(AdvertPayload.of(advert.publicKey(), advert.timestamp(), advert.signature(), rebuilt)).isEqualTo(advert);
    }

    @Test
    void decodesTheOracleChatAdvert() throws Exception {
        AdvertAppData data = ((AdvertPayload) payloadOf(Vectors.ORACLE_CHAT_ADVERT)).appDataFields().orElseThrow();
        assertThat(data.nodeType()).contains(NodeType.CHAT);
        assertThat(data.name()).contains("OracleNode");
    }

    @Test
    void decodesThePeerDatagrams() throws Exception {
        RequestPayload req = (RequestPayload) payloadOf(Vectors.R6_REQ);
        assertThat(req.destHash()).isEqualTo(0xD1);
        assertThat(req.srcHash()).isEqualTo(0xDE);
        assertThat(req.mac()).isEqualTo(Bytes.fromHex("B01B"));
        assertThat(req.ciphertext().size()).isEqualTo(16);
        ResponsePayload resp = (ResponsePayload) payloadOf(Vectors.R6_RESPONSE);
        assertThat(resp.destHash()).isEqualTo(0xDE);
        assertThat(resp.srcHash()).isEqualTo(0x1F);
        assertThat(resp.mac()).isEqualTo(Bytes.fromHex("DFCA"));
        TextMessagePayload txt = (TextMessagePayload) payloadOf(Vectors.R6_TXT_MSG);
        assertThat(txt.destHash()).isEqualTo(0xD0);
        assertThat(txt.srcHash()).isEqualTo(0x0A);
        PathPayload path = (PathPayload) payloadOf(Vectors.V3_PATH_RETURN);
        assertThat(path.destHash()).isEqualTo(0x1E);
        assertThat(path.srcHash()).isEqualTo(0x48);
        assertThat(PeerDatagram.of(PayloadType.PATH, 0x1E, 0x48, path.macAndCiphertext())).isEqualTo(path);
        assertThat(((PeerDatagram) payloadOf(Vectors.V4_POST)).destHash()).isEqualTo(0x48);
    }

    @Test
    void decodesTheAnonRequests() throws Exception {
        AnonRequestPayload r6 = (AnonRequestPayload) payloadOf(Vectors.R6_ANON_REQ);
        assertThat(r6.destHash()).isEqualTo(0x57);
        assertThat(r6.senderPublicKey()).isEqualTo(Bytes.fromHex("54AF4E36FB37D58BE06A87AA8F97C23D0A1F42EC66ECED68875175540404A496"));
        assertThat(r6.mac()).isEqualTo(Bytes.fromHex("141B"));
        assertThat(r6.ciphertext().size()).isEqualTo(16);
        AnonRequestPayload login = (AnonRequestPayload) payloadOf(Vectors.V2_LOGIN);
        assertThat(login.destHash()).isEqualTo(0x48);
        assertThat(login.senderPublicKey()).isEqualTo(Vectors.A_PUB_KEY);
    }

    @Test
    void decodesTheGroupDatagrams() throws Exception {
        GroupTextPayload r2 = (GroupTextPayload) payloadOf(Vectors.R2_GRP_TXT);
        assertThat(r2.channelHash()).isEqualTo(0x11);
        assertThat(r2.mac()).isEqualTo(Bytes.fromHex("C3C1"));
        assertThat(((GroupTextPayload) payloadOf(Vectors.R3_GRP_TXT_3BYTE_PATH)).channelHash()).isEqualTo(0xCA);
        assertThat(((GroupTextPayload) payloadOf(Vectors.R5_TRANSPORT_FLOOD)).ciphertext().size() % 16).isZero();
        assertThat(Payload.decode(PayloadType.GRP_DATA.code(), Bytes.fromHex("11AABBCC"))).isEqualTo(new GroupDataPayload(0x11, Bytes.fromHex("AABBCC")));
    }

    @Test
    void decodesAcks() throws Exception {
        assertThat(payloadOf(Vectors.R6_ACK)).isEqualTo(AckPayload.of(new AckHash(Bytes.fromHex("BB40BA70"))));
        assertThat(payloadOf(Vectors.ORACLE_ACK_2BYTE_HOP)).isEqualTo(AckPayload.of(new AckHash(Bytes.fromHex("11223344"))));
        assertThat(payloadOf(Vectors.V5_ACK)).isEqualTo(AckPayload.of(new AckHash(Vectors.V4_ACK_HASH)));
        AckHash h = new AckHash(Vectors.V4_ACK_HASH);
        assertThat(AckPayload.withAttempt(h, 5, 0x99).encode()).isEqualTo(Bytes.fromHex("712250F60599"));
        assertThat(AckPayload.withUnsyncedCount(h, 3).encode()).isEqualTo(Bytes.fromHex("712250F603"));
    }

    @Test
    void decodesTraces() throws Exception {
        TracePayload r6 = (TracePayload) payloadOf(Vectors.R6_TRACE);
        assertThat(r6.tag()).isEqualTo(0xBD894DA2L);
        assertThat(r6.authCode()).isZero();
        assertThat(r6.flags()).isZero();
        assertThat(r6.hashSize()).isEqualTo(1);
        assertThat(r6.hopCount()).isEqualTo(1);
        assertThat(r6.hop(0)).isEqualTo(Bytes.fromHex("FB"));
        assertThat(Packet.decode(Vectors.R6_TRACE).path().hop(0).get(0)).isEqualTo(0x30); // SNR 12 dB × 4

        TracePayload two = (TracePayload) payloadOf(Vectors.ORACLE_TRACE_2BYTE);
        assertThat(two.tag()).isEqualTo(0x01020304L);
        assertThat(two.authCode()).isEqualTo(0x0D0C0B0AL);
        assertThat(two.hashSize()).isEqualTo(2);
        assertThat(two.hop(0)).isEqualTo(Bytes.fromHex("AABB"));
        assertThat(two.hop(1)).isEqualTo(Bytes.fromHex("CCDD"));
        assertThat(TracePayload.of(0x01020304L, 0x0D0C0B0AL, 2, Bytes.fromHex("AABBCCDD"))).isEqualTo(two);
    }

    @Test
    void decodesDiscoverRequestsAndResponses() throws Exception {
        DiscoverResponse resp = (DiscoverResponse) payloadOf(Vectors.R6_DISCOVER_RESP);
        assertThat(resp.nodeType()).contains(NodeType.REPEATER);
        assertThat(resp.snrQuarterDb()).isEqualTo(-36);
        assertThat(resp.tag()).isEqualTo(0x5B3E3335L);
        assertThat(resp.publicKey().size()).isEqualTo(32);
        assertThat(resp.isKeyPrefix()).isFalse();
        assertThat(resp.isZeroHopOnly()).isTrue();

        DiscoverRequest req = (DiscoverRequest) payloadOf(Vectors.ORACLE_DISCOVER_REQ);
        assertThat(req.prefixOnly()).isFalse();
        assertThat(req.typeFilter()).isEqualTo(0x04);
        assertThat(req.wants(NodeType.REPEATER)).isTrue();
        assertThat(req.tag()).isEqualTo(0x04030201L);
        assertThat(req.since()).isEqualTo(OptionalLong.of(0));
        assertThat(DiscoverRequest.forTypes(0x04030201L, NodeType.REPEATER).encode()).isEqualTo(Bytes.fromHex("800401020304"));
    }

    @Test
    void keepsOtherControlSubTypesAndReservedPayloadTypesRaw() throws Exception {
        assertThat(Payload.decode(PayloadType.CONTROL.code(), Bytes.fromHex("A1FF"))).isEqualTo(new UnknownControl(Bytes.fromHex("A1FF")));
        assertThat(Payload.decode(0x0D, Bytes.fromHex("0102"))).isEqualTo(new UnknownPayload(0x0D, Bytes.fromHex("0102")));
        assertThat(Payload.decode(0x0D, Bytes.EMPTY).type()).isEmpty();
        assertThat(Payload.decode(PayloadType.RAW_CUSTOM.code(), Bytes.EMPTY)).isEqualTo(new RawCustomPayload(Bytes.EMPTY));
    }

    @Test
    void decodesMultipartAcks() throws Exception {
        MultipartPayload m = (MultipartPayload) Payload.decode(PayloadType.MULTIPART.code(), Bytes.fromHex("13712250F6"));
        assertThat(m.remaining()).isEqualTo(1);
        assertThat(m.innerType()).contains(PayloadType.ACK);
        assertThat(m.innerAck()).contains(AckPayload.of(new AckHash(Vectors.V4_ACK_HASH)));
        assertThat(MultipartPayload.ofAck(1, AckPayload.of(new AckHash(Vectors.V4_ACK_HASH)))).isEqualTo(m);
        assertThat(new MultipartPayload(0, 3, Bytes.fromHex("0102")).innerAck()).isEmpty();
    }

    @Test
    void appDataBuilderCutsTheNameOnACharacterBoundary() {
        AdvertAppData d = AdvertAppData.of(NodeType.CHAT, "x".repeat(21) + "é", Optional.of(new AdvertAppData.Location(1, 2)));
        assertThat(d.encode().size()).isEqualTo(32);
        assertThat(d.name()).contains("x".repeat(21) + "é");
        AdvertAppData cut = AdvertAppData.of(NodeType.CHAT, "x".repeat(22) + "é", Optional.of(new AdvertAppData.Location(1, 2)));
        assertThat(cut.name()).contains("x".repeat(22));
        assertThat(AdvertAppData.of(NodeType.SENSOR, "", Optional.empty()).encode()).isEqualTo(Bytes.fromHex("04"));
        assertThatThrownBy(() -> new AdvertAppData(1, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.of(Bytes.zeros(32))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
