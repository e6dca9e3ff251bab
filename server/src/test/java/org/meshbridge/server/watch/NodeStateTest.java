package org.meshbridge.server.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.nodes.NodeRole;

/** Node states off a broker are untrusted: what the watchdog takes, and that nothing but NodeStateException escapes. */
class NodeStateTest {

    private static final String ID = "5e".repeat(32);
    private static final String GOOD = "{\"schema\":1,\"id\":\"" + ID + "\",\"name\":\"Hill\",\"role\":\"repeater\","
            + "\"last_heard\":\"2025-01-01T01:02:03.000Z\",\"observed_interval_s\":1200.5,"
            + "\"battery\":{\"mv\":3650,\"reported_at\":\"2025-01-01T00:00:00.000Z\"},\"extra\":[1,2,3]}";

    @Test
    void readsWhatTheRulesNeedAndIgnoresTheRest() throws NodeStateException {
        NodeState state = NodeState.parse(ID, GOOD.getBytes(StandardCharsets.UTF_8));

        assertThat(state.name()).isEqualTo("Hill");
        assertThat(state.role()).isEqualTo(NodeRole.REPEATER);
        assertThat(state.lastHeard()).isEqualTo(Instant.parse("2025-01-01T01:02:03Z"));
        assertThat(state.observedInterval()).contains(Duration.ofMillis(1_200_500));
        assertThat(state.battery()).hasValueSatisfying(b -> assertThat(b.millivolts()).isEqualTo(OptionalInt.of(3650)));
    }

    @Test
    void refusesAMismatchedIdAWrongSchemaAndAMissingLastHeard() {
        assertThatThrownBy(() -> NodeState.parse("ab".repeat(32), GOOD.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NodeStateException.class).hasMessage("id does not match the topic");
        assertThatThrownBy(() -> NodeState.parse(ID, GOOD.replace("\"schema\":1", "\"schema\":2")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(NodeStateException.class).hasMessageStartingWith("schema");
        assertThatThrownBy(() -> NodeState.parse(ID, "{\"schema\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NodeStateException.class).hasMessage("last_heard is required");
        assertThatThrownBy(() -> NodeState.parse("not-an-id", GOOD.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NodeStateException.class);
        assertThatThrownBy(() -> NodeState.parse(ID, "[".repeat(10_000).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NodeStateException.class);
    }

    @Property
    void anyBytesParseOrFailWithTheTypedErrorOnly(@ForAll byte[] payload) {
        try {
            NodeState.parse(ID, payload);
        } catch (NodeStateException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void mutatedGoodMessagesParseOrFailWithTheTypedErrorOnly(@ForAll("mutations") String payload) {
        try {
            NodeState state = NodeState.parse(ID, payload.getBytes(StandardCharsets.UTF_8));
            assertThat(state.id()).isEqualTo(ID);
        } catch (NodeStateException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.integers().between(0, GOOD.length() - 1).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(cuts -> Arbitraries.strings().ofMaxLength(3).map(insert -> {
                    StringBuilder text = new StringBuilder(GOOD);
                    for (int cut : cuts) {
                        int at = Math.min(cut, text.length());
                        text.replace(at, Math.min(at + 1, text.length()), insert);
                    }
                    return text.toString();
                }));
    }
}
