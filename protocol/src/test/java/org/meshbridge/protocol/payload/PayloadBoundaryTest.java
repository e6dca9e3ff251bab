package org.meshbridge.protocol.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;
import org.meshbridge.protocol.packet.PayloadType;

/** Minimum and maximum lengths per payload type: the limit is accepted, one byte past it is not. */
class PayloadBoundaryTest {

    @ParameterizedTest(name = "{0}: {1} bytes accepted, one less rejected")
    @CsvSource({"REQ, 5", "RESPONSE, 5", "TXT_MSG, 5", "PATH, 5", "GRP_TXT, 4", "GRP_DATA, 4", "ANON_REQ, 36",
            "ACK, 4", "ADVERT, 100", "TRACE, 9", "MULTIPART, 3", "CONTROL, 1"})
    void acceptsTheFirmwareMinimumAndRejectsOneByteLess(PayloadType type, int minimum) throws Exception {
        Bytes ok = Bytes.zeros(minimum);
        assertThat(Payload.decode(type.code(), ok).encode()).isEqualTo(ok);
        assertRejected(type, Bytes.zeros(minimum - 1));
        assertThat(Payload.decode(PayloadType.ACK.code(), Bytes.fromHex("712250F6")).encode()).isEqualTo(Bytes.fromHex("712250F6"));
    }

    @ParameterizedTest(name = "{0} accepts 184 bytes, rejects 185")
    @CsvSource({"REQ", "GRP_TXT", "ANON_REQ", "ACK", "ADVERT", "TRACE", "MULTIPART", "RAW_CUSTOM"})
    void acceptsTheLargestPacketPayloadAndRejectsOneMore(PayloadType type) throws Exception {
        Bytes max = Bytes.zeros(184);
        assertThat(Payload.decode(type.code(), max).encode()).isEqualTo(max);
        assertRejected(type, Bytes.zeros(185));
    }

    @Test
    void acceptsAcksOfFourFiveSixAndMoreBytes() throws Exception {
        for (int n = 4; n <= 7; n++) {
            AckPayload ack = (AckPayload) Payload.decode(PayloadType.ACK.code(), Bytes.zeros(n));
            assertThat(ack.extra().size()).isEqualTo(n - 4);
        }
        assertRejected(PayloadType.ACK, Bytes.zeros(3));
    }

    @Test
    void keepsOversizedAdvertAppDataButOnlySignsAndParsesTheFirst32Bytes() throws Exception {
        Bytes head = Bytes.zeros(100);
        Bytes app32 = Bytes.fromHex("81").concat(Bytes.utf8("n".repeat(31)));
        AdvertPayload at32 = (AdvertPayload) Payload.decode(PayloadType.ADVERT.code(), head.concat(app32));
        assertThat(at32.isAppDataFullySigned()).isTrue();
        assertThat(at32.signedMessage().size()).isEqualTo(32 + 4 + 32);
        assertThat(at32.appDataFields().orElseThrow().name()).contains("n".repeat(31));

        AdvertPayload at33 = (AdvertPayload) Payload.decode(PayloadType.ADVERT.code(), head.concat(app32).concat(Bytes.utf8("X")));
        assertThat(at33.isAppDataFullySigned()).isFalse();
        assertThat(at33.signedMessage()).isEqualTo(at32.signedMessage());
        assertThat(at33.appDataFields()).isEqualTo(at32.appDataFields());
        assertThat(at33.encode().size()).isEqualTo(133);
        assertThatThrownBy(() -> AdvertAppData.decode(app32.concat(Bytes.utf8("X"))))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    }

    @Test
    void rejectsAppDataTheFirmwareParserCallsInvalid() {
        assertAppDataRejected(Bytes.EMPTY, Reason.TRUNCATED);
        assertAppDataRejected(Bytes.fromHex("1100000000000000"), Reason.TRUNCATED);
        assertAppDataRejected(Bytes.fromHex("2101"), Reason.TRUNCATED);
        assertAppDataRejected(Bytes.fromHex("01AA"), Reason.TRAILING_BYTES);
    }

    @Test
    void readsEveryAppDataField() throws Exception {
        Bytes all = Bytes.fromHex("F5 01000000 FEFFFFFF 3412 7856").concat(Bytes.utf8("Z"));
        AdvertAppData d = AdvertAppData.decode(all);
        assertThat(d.nodeTypeCode()).isEqualTo(5);
        assertThat(d.nodeType()).isEmpty();
        assertThat(d.location()).contains(new AdvertAppData.Location(1, -2));
        assertThat(d.feature1()).hasValue(0x1234);
        assertThat(d.feature2()).hasValue(0x5678);
        assertThat(d.name()).contains("Z");
        assertThat(d.encode()).isEqualTo(all);
        assertThat(AdvertAppData.decode(Bytes.fromHex("82")).name()).isEmpty();
        assertThat(AdvertAppData.decode(Bytes.fromHex("82")).encode()).isEqualTo(Bytes.fromHex("82"));
    }

    @ParameterizedTest(name = "flags {0}: hash size {1}")
    @CsvSource({"0, 1", "1, 2", "2, 4", "3, 8", "0xFC, 1", "0x7F, 8"})
    void readsEachTraceHashSizeAndRejectsPartialHashes(String flags, int size) throws Exception {
        int f = Integer.decode(flags);
        Bytes whole = new ByteWriter().u32(1).u32(2).u8(f).zeros(3 * size).toBytes();
        TracePayload t = (TracePayload) Payload.decode(PayloadType.TRACE.code(), whole);
        assertThat(t.hashSize()).isEqualTo(size);
        assertThat(t.hopCount()).isEqualTo(3);
        assertThat(t.encode()).isEqualTo(whole);
        if (size > 1) {
            Bytes partial = new ByteWriter().u32(1).u32(2).u8(f).zeros(3 * size + 1).toBytes();
            assertRejected(PayloadType.TRACE, partial);
        }
    }

    @Test
    void acceptsDiscoverRequestsOfSixOrTenBytesOnly() throws Exception {
        assertThat(((DiscoverRequest) Payload.decode(PayloadType.CONTROL.code(), Bytes.fromHex("810401020304"))).prefixOnly()).isTrue();
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("8004010203"));
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("800401020304AA"));
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("80040102030400000000AA"));
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("820401020304"));
    }

    @Test
    void acceptsDiscoverResponsesWithAnEightOr32ByteKey() throws Exception {
        DiscoverResponse prefix = (DiscoverResponse) Payload.decode(PayloadType.CONTROL.code(),
                Bytes.fromHex("9230 01020304").concat(Bytes.zeros(8)));
        assertThat(prefix.isKeyPrefix()).isTrue();
        assertThat(prefix.snrQuarterDb()).isEqualTo(48);
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("9230 01020304").concat(Bytes.zeros(9)));
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("9230 01020304").concat(Bytes.zeros(33)));
        assertRejected(PayloadType.CONTROL, Bytes.fromHex("9230 01020304"));
    }

    @Test
    void recordsRefuseValuesOutsideTheirFields() {
        assertThatThrownBy(() -> new RequestPayload(256, 0, Bytes.zeros(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestPayload(0, 0, Bytes.zeros(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupTextPayload(0, Bytes.zeros(184))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnonRequestPayload(0, Bytes.zeros(31), Bytes.zeros(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AckPayload(new AckHash(Bytes.zeros(4)), Bytes.zeros(181))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AckHash(Bytes.zeros(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TracePayload(1L << 32, 0, 0, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TracePayload.of(0, 0, 3, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MultipartPayload(16, 3, Bytes.zeros(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnknownPayload(PayloadType.ACK.code(), Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnknownControl(Bytes.fromHex("80"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiscoverResponse(2, 128, 0, Bytes.zeros(8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeerDatagram.of(PayloadType.ACK, 0, 0, Bytes.zeros(3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payload.decode(16, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(PayloadType type, Bytes payload) {
        assertThatThrownBy(() -> Payload.decode(type.code(), payload)).isInstanceOf(MalformedFrameException.class);
    }

    private static void assertAppDataRejected(Bytes appData, Reason reason) {
        assertThatThrownBy(() -> AdvertAppData.decode(appData))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
