package org.meshbridge.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

class PacketTest {

    static Stream<Bytes> validPackets() {
        return Vectors.validPackets().stream();
    }

    @ParameterizedTest
    @MethodSource("validPackets")
    void reEncodesEveryVectorExactly(Bytes frame) throws Exception {
        assertThat(Packet.decode(frame).encode()).isEqualTo(frame);
    }

    @Test
    void decodesTheR1AdvertHeaderAndHash() throws Exception {
        Packet p = Packet.decode(Vectors.R1_ADVERT);
        assertThat(p.route()).isEqualTo(RouteType.FLOOD);
        assertThat(p.payloadType()).contains(PayloadType.ADVERT);
        assertThat(p.version()).isZero();
        assertThat(p.transportCodes()).isEmpty();
        assertThat(p.path()).isEqualTo(Path.EMPTY);
        assertThat(p.payload().size()).isEqualTo(Vectors.R1_ADVERT.size() - 2);
        assertThat(p.payload().prefix(32)).isEqualTo(Vectors.R1_PUB_KEY);
        assertThat(p.hash()).isEqualTo(Vectors.R1_HASH).isEqualTo(Bytes.fromHex("75B10CB12C391078"));
    }

    @Test
    void matchesTheFirmwarePacketHashesOfTheSyntheticVectors() throws Exception {
        assertThat(Packet.decode(Vectors.V1_ROOM_ADVERT).hash()).isEqualTo(Bytes.fromHex("0E18A632530D2DD9"));
        assertThat(Packet.decode(Vectors.V2_LOGIN).hash()).isEqualTo(Bytes.fromHex("3F9C853D7E753384"));
        assertThat(Packet.decode(Vectors.V5_ACK).hash()).isEqualTo(Bytes.fromHex("67D225F8382DD6C4"));
    }

    @Test
    void hashIgnoresRoutePathAndTransportCodes() throws Exception {
        Packet zeroHop = Packet.decode(Vectors.V2_LOGIN);
        Packet twoHops = Packet.decode(Vectors.V2_LOGIN_AFTER_TWO_HOPS);
        assertThat(twoHops.path()).isEqualTo(Path.ofOneByteHashes(0xAA, 0xBB));
        assertThat(twoHops.payload()).isEqualTo(zeroHop.payload());
        assertThat(twoHops.hash()).isEqualTo(zeroHop.hash()).isEqualTo(Vectors.V2_HASH);
        assertThat(Packet.decode(Vectors.V9_TRANSPORT_FLOOD).hash()).isEqualTo(Packet.decode(Vectors.V7_GRP_TXT).hash());
    }

    @Test
    void traceHashIncludesTheEncodedPathLenAsTwoLittleEndianBytes() throws Exception {
        Packet trace = Packet.decode(Vectors.R6_TRACE);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(new byte[] {0x09, 0x01, 0x00});
        sha.update(trace.payload().toArray());
        assertThat(trace.hash()).isEqualTo(Bytes.of(sha.digest()).prefix(8));
        assertThat(trace.withPath(Path.EMPTY).hash()).isNotEqualTo(trace.hash());
    }

    @Test
    void decodesThreeByteAndTwoBytePathModes() throws Exception {
        Packet r3 = Packet.decode(Vectors.R3_GRP_TXT_3BYTE_PATH);
        assertThat(r3.path().hashSize()).isEqualTo(3);
        assertThat(r3.path().hopCount()).isEqualTo(3);
        assertThat(r3.path().hop(0)).isEqualTo(Bytes.fromHex("3FA002"));
        assertThat(r3.path().hop(1)).isEqualTo(Bytes.fromHex("860CCA"));
        assertThat(r3.path().hop(2)).isEqualTo(Bytes.fromHex("E0EED9"));
        assertThat(r3.payload().get(0)).isEqualTo(0xCA);

        Packet r4 = Packet.decode(Vectors.R4_GRP_TXT_2BYTE_MODE);
        assertThat(r4.path()).isEqualTo(Path.empty(2));
        assertThat(r4.path().pathLenByte()).isEqualTo(0x40);
        assertThat(r4.payload().get(0)).isEqualTo(0xCA);
    }

    @Test
    void decodesTransportCodes() throws Exception {
        Packet r5 = Packet.decode(Vectors.R5_TRANSPORT_FLOOD);
        assertThat(r5.route()).isEqualTo(RouteType.TRANSPORT_FLOOD);
        assertThat(r5.transportCodes()).contains(new TransportCodes(0x1AFA, 0));
        assertThat(r5.path()).isEqualTo(Path.ofOneByteHashes(0x4E, 0x92, 0x7D));
        assertThat(r5.payloadType()).contains(PayloadType.GRP_TXT);

        Packet v9 = Packet.decode(Vectors.V9_TRANSPORT_FLOOD);
        assertThat(v9.transportCodes()).contains(TransportCodes.region(0x0C19));
        assertThat(v9).isEqualTo(Packet.transportFlood(PayloadType.GRP_TXT, TransportCodes.region(0x0C19),
                Packet.decode(Vectors.V7_GRP_TXT).payload()));
    }

    @Test
    void decodesTheR6StructuralExamples() throws Exception {
        assertHeader(Vectors.R6_REQ, RouteType.DIRECT, PayloadType.REQ, Path.EMPTY, "D1DEB01B");
        assertHeader(Vectors.R6_RESPONSE, RouteType.DIRECT, PayloadType.RESPONSE, Path.EMPTY, "DE1FDFCA");
        assertHeader(Vectors.R6_ANON_REQ, RouteType.DIRECT, PayloadType.ANON_REQ, Path.ofOneByteHashes(0x5F), "5754AF4E");
        assertHeader(Vectors.R6_TXT_MSG, RouteType.FLOOD, PayloadType.TXT_MSG, Path.ofOneByteHashes(0x6F, 0x17, 0xC4, 0x7E), "D00A");
        assertHeader(Vectors.R6_ACK, RouteType.FLOOD, PayloadType.ACK, Path.ofOneByteHashes(0xB8, 0x91, 0x64, 0x7E), "BB40BA70");
        assertHeader(Vectors.R6_TRACE, RouteType.DIRECT, PayloadType.TRACE, Path.ofOneByteHashes(0x30), "A24D89BD");
        assertHeader(Vectors.R6_DISCOVER_RESP, RouteType.DIRECT, PayloadType.CONTROL, Path.EMPTY, "92DC35333E5B");
        assertHeader(Vectors.ORACLE_ACK_2BYTE_HOP, RouteType.DIRECT, PayloadType.ACK, new Path(2, Bytes.fromHex("AABB")), "11223344");
        assertHeader(Vectors.ORACLE_TRACE_2BYTE, RouteType.DIRECT, PayloadType.TRACE, Path.ofOneByteHashes(0x30), "04030201");
        assertHeader(Vectors.ORACLE_DISCOVER_REQ, RouteType.DIRECT, PayloadType.CONTROL, Path.EMPTY, "8004");
        assertHeader(Vectors.ORACLE_PATH_5_HOPS, RouteType.FLOOD, PayloadType.PATH,
                Path.ofOneByteHashes(0xF4, 0x64, 0xC7, 0x7E, 0x41), "1279");
    }

    @Test
    void decodesTheSyntheticVectorsHeaders() throws Exception {
        assertHeader(Vectors.V1_ROOM_ADVERT, RouteType.FLOOD, PayloadType.ADVERT, Path.EMPTY, "4852B693");
        assertHeader(Vectors.V2_LOGIN, RouteType.FLOOD, PayloadType.ANON_REQ, Path.EMPTY, "481EC771");
        assertHeader(Vectors.V3_PATH_RETURN, RouteType.FLOOD, PayloadType.PATH, Path.EMPTY, "1E48");
        assertHeader(Vectors.V3B_RECIPROCAL_PATH, RouteType.DIRECT, PayloadType.PATH, Path.ofOneByteHashes(0xAA, 0xBB), "481E");
        assertHeader(Vectors.V4_POST, RouteType.FLOOD, PayloadType.TXT_MSG, Path.EMPTY, "481E");
        assertHeader(Vectors.V5_ACK, RouteType.FLOOD, PayloadType.ACK, Path.EMPTY, "712250F6");
        assertHeader(Vectors.V6_PUSH, RouteType.DIRECT, PayloadType.TXT_MSG, Path.ofOneByteHashes(0xBB, 0xAA), "1E48");
        assertHeader(Vectors.V7_GRP_TXT, RouteType.FLOOD, PayloadType.GRP_TXT, Path.EMPTY, "11");
        assertHeader(Vectors.V8_GET_STATUS, RouteType.DIRECT, PayloadType.REQ, Path.EMPTY, "481E");
    }

    private static void assertHeader(Bytes frame, RouteType route, PayloadType type, Path path, String payloadPrefix)
            throws MalformedFrameException {
        Packet p = Packet.decode(frame);
        assertThat(p.route()).isEqualTo(route);
        assertThat(p.payloadType()).contains(type);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.payload().startsWith(Bytes.fromHex(payloadPrefix))).as("payload %s", p.payload()).isTrue();
    }

    @Test
    void factoriesBuildTheSyntheticVectors() throws Exception {
        Bytes ack = Bytes.fromHex("712250F6");
        assertThat(Packet.flood(PayloadType.ACK, ack).encode()).isEqualTo(Vectors.V5_ACK);
        Packet push = Packet.decode(Vectors.V6_PUSH);
        assertThat(Packet.direct(PayloadType.TXT_MSG, Path.ofOneByteHashes(0xBB, 0xAA), push.payload())).isEqualTo(push);
        Packet status = Packet.decode(Vectors.V8_GET_STATUS);
        assertThat(Packet.zeroHop(PayloadType.REQ, status.payload())).isEqualTo(status);
        assertThat(Packet.transportZeroHop(PayloadType.ACK, TransportCodes.NONE, ack).encode())
                .isEqualTo(Bytes.fromHex("0F0000000000712250F6"));
    }

    @Test
    void rejectsTheReservedHashSizeOracleVector() {
        assertRejected(Vectors.ORACLE_RESERVED_HASH_SIZE, Reason.RESERVED_BITS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void rejectsPayloadVersionsAboveOne(int version) {
        assertRejected(new ByteWriter().u8(version << 6 | 0x0D).u8(0).u32(0x04030201).toBytes(), Reason.UNSUPPORTED_VERSION);
    }

    @Test
    void keepsReservedPayloadTypesRaw() throws Exception {
        Packet p = Packet.decode(Bytes.fromHex("3100AABB"));
        assertThat(p.payloadTypeCode()).isEqualTo(0x0C);
        assertThat(p.payloadType()).isEmpty();
        assertThat(p.encode()).isEqualTo(Bytes.fromHex("3100AABB"));
    }

    @Test
    void acceptsAnEmptyPayloadAsTheDispatcherDoes() throws Exception {
        Packet p = Packet.decode(Bytes.fromHex("0D00"));
        assertThat(p.payload()).isEqualTo(Bytes.EMPTY);
        assertThat(p.encode()).isEqualTo(Bytes.fromHex("0D00"));
    }

    @Test
    void rejectsTruncatedHeaders() {
        assertRejected(Bytes.EMPTY, Reason.TRUNCATED);
        assertRejected(Bytes.fromHex("0D"), Reason.TRUNCATED);
        assertRejected(Bytes.fromHex("0C1234"), Reason.TRUNCATED);
        assertRejected(Bytes.fromHex("0C12345678"), Reason.TRUNCATED);
        assertRejected(Bytes.fromHex("0D03AABB"), Reason.TRUNCATED);
    }

    @Test
    void acceptsA184BytePayloadRejects185AndStillDecodesTheNextFrame() throws Exception {
        Bytes max = new ByteWriter().u8(0x3D).u8(0).zeros(184).toBytes();
        assertThat(Packet.decode(max).payload().size()).isEqualTo(184);
        assertRejected(new ByteWriter().u8(0x3D).u8(0).zeros(185).toBytes(), Reason.TOO_LONG);
        assertThat(Packet.decode(Vectors.V5_ACK).encode()).isEqualTo(Vectors.V5_ACK);
    }

    @Test
    void acceptsTheLargestPossibleFrameAndRejectsLongerOnes() throws Exception {
        Bytes max = new ByteWriter().u8(0x00).u16(1).u16(2).u8(0x60).zeros(64).zeros(184).toBytes();
        assertThat(max.size()).isEqualTo(254);
        assertThat(Packet.decode(max).encode()).isEqualTo(max);
        Bytes frame255 = new ByteWriter().u8(0x00).u16(1).u16(2).u8(0x60).zeros(64).zeros(185).toBytes();
        assertRejected(frame255, Reason.TOO_LONG);
        assertRejected(Bytes.zeros(256), Reason.TOO_LONG);
        assertThat(Packet.decode(Vectors.V5_ACK).encode()).isEqualTo(Vectors.V5_ACK);
    }

    @Test
    void rejectsAPathOverSixtyFourBytesAndAcceptsSixtyFour() throws Exception {
        Bytes ok = new ByteWriter().u8(0x0D).u8(0x60).zeros(64).u32(1).toBytes();
        assertThat(Packet.decode(ok).path().byteLength()).isEqualTo(64);
        assertRejected(new ByteWriter().u8(0x0D).u8(0x61).zeros(66).u32(1).toBytes(), Reason.TOO_LONG);
        assertRejected(new ByteWriter().u8(0x0D).u8(0x96).zeros(66).u32(1).toBytes(), Reason.TOO_LONG);
    }

    @Test
    void refusesInconsistentRecords() {
        assertThatThrownBy(() -> new Packet(RouteType.TRANSPORT_FLOOD, 3, 0, Optional.empty(), Path.EMPTY, Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Packet(RouteType.FLOOD, 3, 0, Optional.of(TransportCodes.NONE), Path.EMPTY, Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Packet(RouteType.FLOOD, 16, 0, Optional.empty(), Path.EMPTY, Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Packet.flood(PayloadType.RAW_CUSTOM, Bytes.zeros(185)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransportCodes(0x10000, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsEveryCodeOfTheEnums() {
        assertThat(PayloadType.fromCode(0x0F)).contains(PayloadType.RAW_CUSTOM);
        assertThat(PayloadType.fromCode(0x0C)).isEmpty();
        assertThat(PayloadType.fromCode(0x0E)).isEmpty();
        assertThat(PayloadType.fromCode(-1)).isEmpty();
        assertThat(RouteType.fromCode(3)).contains(RouteType.TRANSPORT_DIRECT);
        assertThat(RouteType.fromCode(4)).isEmpty();
        assertThat(RouteType.TRANSPORT_DIRECT.hasTransportCodes()).isTrue();
        assertThat(RouteType.TRANSPORT_FLOOD.isFlood()).isTrue();
        assertThat(RouteType.DIRECT.isFlood()).isFalse();
    }

    static void assertRejected(Bytes frame, Reason reason) {
        assertThatThrownBy(() -> Packet.decode(frame))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
