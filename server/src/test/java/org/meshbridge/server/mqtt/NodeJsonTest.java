package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.DirectReception;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.Position;
import org.meshbridge.core.radio.SignalReport;

/** Node states and alerts, with and without their optional parts, match docs/mqtt/node and alert schemas. */
class NodeJsonTest {

    private static final Instant T = Instant.parse("2026-11-25T08:00:00Z");
    private static final String ID = "5d4315bb26305427f645b492e9350c101ec77175b0918ed206f9ae04ec136d6d";

    private static NodeSnapshot bare() {
        return new NodeSnapshot(ID, "r2", NodeRole.REPEATER, T, T.plusSeconds(60), Optional.empty(), 1, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, "sim0", LivenessState.ONLINE, T,
                false, false, false, 0, Optional.empty());
    }

    private static NodeSnapshot full() {
        return new NodeSnapshot(ID, "Hilltop RPT", NodeRole.ROOM_SERVER, T, T.plusSeconds(3600),
                Optional.of(T.plusSeconds(3599)), 17, Optional.of(Duration.ofMinutes(12)), Optional.of(Duration.ofMillis(1500)),
                Optional.of(new Position(47.6062, -122.3321)), Optional.of(BatteryReading.ofMillivolts(4012, T)),
                Optional.of(new SignalReport(29, -93)), 3, "kiss0", LivenessState.OFFLINE, T.plusSeconds(7200), true, true,
                true, 412, Optional.of(new DirectReception(T.plusSeconds(3500), Optional.of(new SignalReport(-30, -118)),
                        "kiss0")));
    }

    @Test
    void nodeStatesValidate() {
        for (NodeSnapshot node : new NodeSnapshot[] {bare(), full()}) {
            String json = NodeJson.node(node, T.plusSeconds(5));
            assertThat(MqttSchemas.validate("meshcore/nodes/" + ID, json)).as(json).isEmpty();
        }
        assertThat(NodeJson.node(full(), T)).contains("\"snr_db\":7.25", "\"rssi_dbm\":-93", "\"battery\":{\"mv\":4012",
                "\"expected_interval_s\":1.5", "\"role\":\"room_server\"", "\"state\":\"offline\"",
                "\"packets_heard\":412", "\"direct\":{\"heard_at\":\"2026-11-25T08:58:20.000Z\",\"snr_db\":-7.5,"
                        + "\"rssi_dbm\":-118,\"link\":\"kiss0\"}");
        assertThat(NodeJson.node(bare(), T)).doesNotContain("null", "position", "battery\"", "direct")
                .contains("\"packets_heard\":0");
    }

    @Test
    void everyAlertKindValidatesWithAndWithoutTheNode() {
        for (AlertKind kind : AlertKind.values()) {
            Alert plain = new Alert(kind, kind.isBridge() ? "radio:kiss0" : ID, T, "not heard for 2h", Optional.empty());
            Alert withNode = plain.withNode(full());
            for (Alert alert : new Alert[] {plain, withNode}) {
                String json = NodeJson.alert(alert);
                assertThat(MqttSchemas.validate("meshcore/alerts/" + ID, json)).as(json).isEmpty();
                assertThat(json).contains("\"active\":" + !kind.isRecovery());
            }
        }
    }
}
