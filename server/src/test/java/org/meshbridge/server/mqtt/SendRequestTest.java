package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The inbound decoder takes one object with a text and refuses everything else with a typed reason. */
class SendRequestTest {

    @Test
    void readsTheText() throws InboundRejected {
        assertThat(SendRequest.parse("lobby", bytes("{\"text\":\"hello ✓\"}"))).isEqualTo(new SendRequest("lobby", "hello ✓"));
    }

    @Test
    void refusesEachMalformedShapeWithItsReason() {
        assertReason("", InboundRejected.Reason.NOT_JSON);
        assertReason("{\"text\":\"a\"} {}", InboundRejected.Reason.NOT_JSON);
        assertReason("{\"text\":\"a\",\"text\":\"b\"}", InboundRejected.Reason.NOT_JSON);
        assertReason("[\"text\"]", InboundRejected.Reason.NOT_OBJECT);
        assertReason("\"hello\"", InboundRejected.Reason.NOT_OBJECT);
        assertReason("null", InboundRejected.Reason.NOT_OBJECT);
        assertReason("{\"text\":\"a\",\"author\":\"root\"}", InboundRejected.Reason.UNKNOWN_FIELD);
        assertReason("{\"text\":42}", InboundRejected.Reason.BAD_TEXT);
        assertReason("{\"text\":\"  \"}", InboundRejected.Reason.BAD_TEXT);
        assertReason("{}", InboundRejected.Reason.BAD_TEXT);
        assertReason("[".repeat(100), InboundRejected.Reason.NOT_JSON);
        assertThatThrownBy(() -> SendRequest.parse("lobby", new byte[] {'"', (byte) 0xC3, '"'}))
                .isInstanceOf(InboundRejected.class).extracting(e -> ((InboundRejected) e).reason())
                .isEqualTo(InboundRejected.Reason.NOT_UTF8);
    }

    @Test
    void theSizeCapIsInclusive() throws InboundRejected {
        String atMax = "{\"text\":\"" + "x".repeat(SendRequest.MAX_BYTES - 11) + "\"}";
        assertThat(atMax.length()).isEqualTo(SendRequest.MAX_BYTES);
        assertThat(SendRequest.parse("r", bytes(atMax)).text()).hasSize(SendRequest.MAX_BYTES - 11);
        assertReason("{\"text\":\"" + "x".repeat(SendRequest.MAX_BYTES - 10) + "\"}", InboundRejected.Reason.TOO_LARGE);
        assertThat(SendRequest.parse("r", bytes("{\"text\":\"next\"}")).text()).isEqualTo("next");
    }

    @Property(tries = 1000, seed = "20261125")
    void anyBytesGiveARequestOrATypedRefusal(@ForAll byte[] payload) {
        parsesOrRefuses(payload);
    }

    @Property(tries = 1000, seed = "20261125")
    void jsonLikeTextGivesARequestOrATypedRefusal(@ForAll("jsonish") String text) {
        parsesOrRefuses(bytes(text));
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("{}[]\":,\\ tex0123456789nulrfsa-.E\u00e9\u2713").ofMaxLength(60)
                .injectDuplicates(0.1);
    }

    private static void parsesOrRefuses(byte[] payload) {
        try {
            SendRequest request = SendRequest.parse("lobby", payload);
            assertThat(request.text()).isNotBlank();
        } catch (InboundRejected refused) {
            assertThat(refused.reason()).isNotNull();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static void assertReason(String payload, InboundRejected.Reason reason) {
        assertThatThrownBy(() -> SendRequest.parse("lobby", bytes(payload))).isInstanceOf(InboundRejected.class)
                .extracting(e -> ((InboundRejected) e).reason()).isEqualTo(reason);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
