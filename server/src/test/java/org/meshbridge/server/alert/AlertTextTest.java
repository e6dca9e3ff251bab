package org.meshbridge.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.Position;

/** The log line, the mesh message and the webhook JSON of an alert; names and reasons come off the air, so no input breaks them. */
class AlertTextTest {

    static final String ID = "0f".repeat(32);
    static final Instant AT = Instant.parse("2025-01-01T02:10:00Z");

    static NodeSnapshot hill(String name) {
        return new NodeSnapshot(ID, name, NodeRole.REPEATER, AT.minus(Duration.ofDays(1)), AT.minus(Duration.ofHours(2)),
                Optional.empty(), 30, Optional.of(Duration.ofMinutes(40)), Optional.of(Duration.ofMinutes(40)),
                Optional.of(new Position(51.5, -0.125)), Optional.of(BatteryReading.ofMillivolts(3712, AT)), Optional.empty(),
                1, "sim0", LivenessState.OFFLINE, AT, true, false, false, 0, Optional.empty());
    }

    static Alert silent(String name, String reason) {
        return new Alert(AlertKind.NODE_SILENT, ID, AT, reason, Optional.of(hill(name)));
    }

    @Test
    void logLineIsLogfmtWithQuotedValuesWhereNeeded() {
        assertThat(AlertText.logLine(silent("Hill rpt", "not heard for 2h 10m (expected every 40m)"))).isEqualTo(
                "alert kind=node_silent subject=" + ID + " name=\"Hill rpt\" at=2025-01-01T02:10:00Z role=repeater"
                        + " state=offline last_heard=2025-01-01T00:10:00Z reason=\"not heard for 2h 10m (expected every 40m)\"");
    }

    @Test
    void logLineEscapesQuotesAndNewlinesSoAForgedNameCannotAddALine() {
        String line = AlertText.logLine(silent("evil\"\nalert kind=node_recovered", "x"));

        assertThat(line).doesNotContain("\n").contains("name=\"evil\\\"\\nalert kind=node_recovered\"");
    }

    @Test
    void meshMessageNamesTheNodeAndItsKeyPrefix() {
        assertThat(AlertText.meshMessage(silent("Hill rpt", "not heard for 2h 10m")))
                .isEqualTo("meshbridge: SILENT Hill rpt (0f0f0f0f): not heard for 2h 10m");
        assertThat(AlertText.meshMessage(new Alert(AlertKind.BRIDGE_FAULT, "mqtt", AT, "broker unreachable",
                Optional.empty()))).isEqualTo("meshbridge: BRIDGE FAULT bridge mqtt: broker unreachable");
    }

    @Test
    void meshMessageIsCutOnACharacterBoundary() {
        String text = AlertText.meshMessage(silent("Hill", "é".repeat(200)));

        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(AlertText.MAX_MESH_TEXT_BYTES);
        assertThat(text).endsWith("é").startsWith("meshbridge: SILENT Hill (0f0f0f0f): é");
    }

    @Test
    void webhookJsonIsTheMqttAlertBody() throws Exception {
        JsonNode body = new ObjectMapper().readTree(new AlertJson(new ObjectMapper()).render(silent("Hill rpt", "late")));

        assertThat(body.path("schema").asInt()).isEqualTo(1);
        assertThat(body.path("kind").asText()).isEqualTo("node_silent");
        assertThat(body.path("subject").asText()).isEqualTo(ID);
        assertThat(body.path("time").asText()).isEqualTo("2025-01-01T02:10:00.000Z");
        assertThat(body.path("reason").asText()).isEqualTo("late");
        assertThat(body.path("active").asBoolean()).isTrue();
        assertThat(body.path("name").asText()).isEqualTo("Hill rpt");
        assertThat(body.path("role").asText()).isEqualTo("repeater");
        assertThat(body.path("state").asText()).isEqualTo("offline");
        assertThat(body.path("last_heard").asText()).isEqualTo("2025-01-01T00:10:00.000Z");
        assertThat(body.path("battery_low").asBoolean()).isFalse();
        assertThat(body.path("battery_mv").asInt()).isEqualTo(3712);
        assertThat(body.has("battery_percent")).isFalse();
        JsonNode bridge = new ObjectMapper().readTree(new AlertJson(new ObjectMapper()).render(
                new Alert(AlertKind.BRIDGE_RECOVERED, "radio:kiss0", AT, "link up", Optional.empty())));
        assertThat(bridge.path("active").asBoolean()).isFalse();
        assertThat(bridge.path("subject").asText()).isEqualTo("radio:kiss0");
        assertThat(bridge.has("name")).isFalse();
    }

    @Test
    void logSinkWritesSilenceAsWarningAndRecoveryAsInfo() {
        List<String> warn = new ArrayList<>();
        List<String> info = new ArrayList<>();
        LogSink sink = new LogSink(warn::add, info::add);

        sink.deliver(silent("Hill", "x"));
        sink.deliver(new Alert(AlertKind.NODE_RECOVERED, ID, AT, "heard again", Optional.of(hill("Hill"))));

        assertThat(warn).singleElement().asString().startsWith("alert kind=node_silent ");
        assertThat(info).singleElement().asString().startsWith("alert kind=node_recovered ");
    }

    @Test
    void aThrowingSinkDoesNotStopTheOthers() {
        List<Alert> seen = new ArrayList<>();
        AlertSinks sinks = new AlertSinks(List.of(a -> {
            throw new IllegalStateException("broken sink");
        }, seen::add));

        sinks.onAlert(silent("Hill", "x"));

        assertThat(seen).hasSize(1);
    }

    @Property
    void anyNameAndReasonGiveOneLogLineAndAMeshMessageThatFits(@ForAll String name, @ForAll String reason) {
        Alert alert = silent(name, reason);

        assertThat(AlertText.logLine(alert)).doesNotContain("\n", "\r");
        assertThat(AlertText.meshMessage(alert).getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(AlertText.MAX_MESH_TEXT_BYTES);
    }
}
