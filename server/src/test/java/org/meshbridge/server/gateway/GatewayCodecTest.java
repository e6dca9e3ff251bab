package org.meshbridge.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/** The JSON messages: exact text for each, round trips, every limit at its boundary, and fuzzing. */
class GatewayCodecTest {

    private static final String TOKEN = "s3cret-token-do-not-log-0001";

    static Stream<GatewayMessage> everyMessage() {
        return Stream.of(
                new Hello(1, "hilltop", TOKEN, RadioParameters.MESHCORE_DEFAULT, "meshbridge 0.1.0",
                        new LinkState.Up("KISS modem on /dev/ttyUSB0")),
                new Welcome(1, "gw-hilltop", 4096, 60),
                new RxMessage(Bytes.fromHex("1100aabb"), -12, -110, Instant.parse("2025-03-01T12:00:00.250Z")),
                new RxMessage(Bytes.fromHex("1100"), RxMessage.UNKNOWN_SIGNAL, RxMessage.UNKNOWN_SIGNAL, Instant.EPOCH),
                new TxMessage(9_007_199_254_740_991L, Bytes.fromHex("12" + "00".repeat(254))),
                new TxReport(7, TxResult.NOT_SENT),
                new LinkReport(new LinkState.Down("serial port closed")),
                new LinkReport(new LinkState.Connecting()),
                new LinkReport(new LinkState.Closed()),
                new Ping(0),
                new Pong(42));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void everyMessageDecodesToItselfAndReencodesToTheSameText(GatewayMessage message) throws Exception {
        String text = GatewayCodec.encode(message);

        GatewayMessage decoded = GatewayCodec.decode(text);

        assertThat(decoded).isEqualTo(message);
        assertThat(GatewayCodec.encode(decoded)).isEqualTo(text);
    }

    @Test
    void helloIsWrittenWithTheDocumentedFieldNames() {
        assertThat(GatewayCodec.encode(everyMessage().findFirst().orElseThrow())).isEqualTo("{\"type\":\"hello\","
                + "\"protocol\":1,\"gateway_id\":\"hilltop\",\"token\":\"" + TOKEN + "\",\"software\":\"meshbridge 0.1.0\","
                + "\"radio\":{\"frequency_hz\":869618000,\"bandwidth_hz\":62500,\"spreading_factor\":8,\"coding_rate\":5},"
                + "\"link\":{\"state\":\"up\",\"detail\":\"KISS modem on /dev/ttyUSB0\"}}");
    }

    @Test
    void rxIsWrittenWithTheDocumentedFieldNames() {
        assertThat(GatewayCodec.encode(new RxMessage(Bytes.fromHex("1100aabb"), -12, -110,
                Instant.parse("2025-03-01T12:00:00.250Z")))).isEqualTo("{\"type\":\"rx\",\"packet\":\"1100aabb\","
                + "\"snr_qdb\":-12,\"rssi_dbm\":-110,\"received_at\":\"2025-03-01T12:00:00.250Z\"}");
    }

    @Test
    void anUnreportedSignalTravelsAsNullAndMatchesTheKissModemSentinel() {
        assertThat(GatewayCodec.encode(new RxMessage(Bytes.fromHex("1100"), RxMessage.UNKNOWN_SIGNAL,
                RxMessage.UNKNOWN_SIGNAL, Instant.EPOCH))).isEqualTo("{\"type\":\"rx\",\"packet\":\"1100\","
                + "\"snr_qdb\":null,\"rssi_dbm\":null,\"received_at\":\"1970-01-01T00:00:00Z\"}");
        assertThat(RxMessage.UNKNOWN_SIGNAL).isEqualTo(org.meshbridge.server.radio.KissModemLink.UNKNOWN_SIGNAL);
        assertRefused("{\"type\":\"rx\",\"packet\":\"1100\",\"received_at\":\"1970-01-01T00:00:00Z\"}",
                Reason.BAD_VALUE, "rx.snr_qdb must be an integer");
    }

    @Test
    void helloNeverShowsItsTokenInToString() {
        assertThat(everyMessage().findFirst().orElseThrow().toString()).doesNotContain(TOKEN).contains("token=(hidden)");
    }

    @Test
    void aPacketOf255BytesIsAcceptedAnd256IsRefused() throws Exception {
        assertThat(GatewayCodec.decode(tx("11".repeat(255)))).isEqualTo(new TxMessage(1, Bytes.fromHex("11".repeat(255))));

        assertRefused(tx("11".repeat(256)), Reason.TOO_LONG, "tx.packet is 512 chars, max 510");
        assertThat(GatewayCodec.decode(tx("1100"))).isEqualTo(new TxMessage(1, Bytes.fromHex("1100")));
    }

    @Test
    void anEmptyOddOrUppercasePacketIsRefused() {
        assertRefused(tx(""), Reason.BAD_VALUE, "tx.packet must be 1..255 bytes as lowercase hex");
        assertRefused(tx("110"), Reason.BAD_VALUE, "tx.packet must be 1..255 bytes as lowercase hex");
        assertRefused(tx("11AA"), Reason.BAD_VALUE, "tx.packet must be 1..255 bytes as lowercase hex");
    }

    @Test
    void snrAndRssiAreCheckedAtTheirBoundaries() throws Exception {
        assertThat(GatewayCodec.decode(rx(127, -255))).isInstanceOf(RxMessage.class);
        assertThat(GatewayCodec.decode(rx(-128, 255))).isInstanceOf(RxMessage.class);
        assertRefused(rx(128, 0), Reason.BAD_VALUE, "rx.snr_qdb is 128, outside -128..127");
        assertRefused(rx(0, -256), Reason.BAD_VALUE, "rx.rssi_dbm is -256, outside -255..255");
    }

    @Test
    void aMessageOverTheCapIsRefusedBeforeParsing() {
        String over = "{\"type\":\"ping\",\"nonce\":1,\"pad\":\"" + "x".repeat(GatewayProtocol.MAX_MESSAGE_BYTES) + "\"}";

        assertRefused(over, Reason.TOO_LONG, "message of " + over.length() + " chars, max 4096");
    }

    @Test
    void duplicateKeysTrailingTextAndDeepNestingAreRefused() {
        assertRefused("{\"type\":\"ping\",\"nonce\":1,\"nonce\":2}", Reason.BAD_VALUE, "not valid JSON at column 33");
        assertRefused("{\"type\":\"ping\",\"nonce\":1} {}", Reason.BAD_VALUE, "not valid JSON at column 27");
        assertRefused("{\"type\":\"ping\",\"nonce\":1,\"x\":[[[[[1]]]]]}", Reason.TOO_LONG,
                "JSON nested deeper than 4 levels or a value too long");
    }

    @Test
    void aWrongTypedOrMissingFieldIsNamed() {
        assertRefused("{\"type\":\"ping\",\"nonce\":\"1\"}", Reason.BAD_VALUE, "ping.nonce must be an integer");
        assertRefused("{\"type\":\"ping\",\"nonce\":1.5}", Reason.BAD_VALUE, "ping.nonce must be an integer");
        assertRefused("{\"type\":\"tx_result\",\"id\":1}", Reason.BAD_VALUE, "tx_result.result must be a string");
        assertRefused("{\"type\":\"tx_result\",\"id\":1,\"result\":\"sent\"}", Reason.UNKNOWN_CODE,
                "tx_result.result 'sent' is not SENT, FAILED or NOT_SENT");
        assertRefused("[1]", Reason.BAD_VALUE, "message must be a JSON object");
        assertRefused("{\"type\":\"link\",\"state\":\"up\"}", Reason.BAD_VALUE, "link.detail must be a string");
    }

    @Test
    void aBadHelloNeverQuotesTheToken() {
        String hello = GatewayCodec.encode(everyMessage().findFirst().orElseThrow())
                .replace("\"spreading_factor\":8", "\"spreading_factor\":13");

        assertRefused(hello, Reason.BAD_VALUE, "hello.radio.spreading_factor is 13, outside 5..12");
    }

    @Property
    void randomTextOnlyEverRaisesTheTypedError(@ForAll("text") String text) {
        decodeOrTypedError(text);
    }

    @Property
    void mutatedMessagesDecodeToMessagesThatReencodeIdentically(@ForAll("mutations") String text) throws Exception {
        GatewayMessage message = decodeOrTypedError(text);
        if (message != null) {
            assertThat(GatewayCodec.decode(GatewayCodec.encode(message))).isEqualTo(message);
        }
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789-abtypenc ").ofMaxLength(120));
    }

    @Provide
    Arbitrary<String> mutations() {
        List<String> valid = everyMessage().map(GatewayCodec::encode).toList();
        return Arbitraries.of(valid).flatMap(original -> Arbitraries.integers().between(0, original.length() - 1)
                .flatMap(at -> Arbitraries.chars().with("{}[]\":,0123456789-xe. ").map(c -> {
                    StringBuilder mutated = new StringBuilder(original);
                    mutated.setCharAt(at, c);
                    return mutated.toString();
                })));
    }

    private static GatewayMessage decodeOrTypedError(String text) {
        try {
            return GatewayCodec.decode(text);
        } catch (MalformedFrameException expected) {
            assertThat(expected.detail()).doesNotContain(TOKEN);
            return null;
        }
    }

    private static String tx(String hex) {
        return "{\"type\":\"tx\",\"id\":1,\"packet\":\"" + hex + "\"}";
    }

    private static String rx(int snr, int rssi) {
        return "{\"type\":\"rx\",\"packet\":\"1100\",\"snr_qdb\":" + snr + ",\"rssi_dbm\":" + rssi
                + ",\"received_at\":\"2025-01-01T00:00:00Z\"}";
    }

    private static void assertRefused(String text, Reason reason, String detail) {
        assertThatThrownBy(() -> GatewayCodec.decode(text)).isInstanceOfSatisfying(MalformedFrameException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }
}
