package org.meshbridge.server.mqtt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.NodeSnapshot;

/** {@code {p}/nodes/{node_id}} and {@code {p}/alerts/…} documents (docs/mqtt/node and alert schemas). */
final class NodeJson {

    private NodeJson() {
    }

    /** A node's state, published at {@code now}. */
    static String node(NodeSnapshot node, Instant now) {
        ObjectNode json = MqttJson.document();
        json.put("id", node.id());
        json.put("name", node.name());
        json.put("role", node.role().key());
        json.put("first_heard", MqttJson.time(node.firstHeard()));
        json.put("last_heard", MqttJson.time(node.lastHeard()));
        node.lastAdvertTime().ifPresent(t -> json.put("last_advert_time", MqttJson.time(t)));
        json.put("adverts_heard", node.advertsHeard());
        node.observedInterval().ifPresent(d -> json.put("observed_interval_s", seconds(d)));
        node.expectedInterval().ifPresent(d -> json.put("expected_interval_s", seconds(d)));
        node.position().ifPresent(p -> json.putObject("position").put("lat", p.latitude()).put("lon", p.longitude()));
        node.battery().ifPresent(b -> {
            ObjectNode battery = json.putObject("battery");
            b.millivolts().ifPresent(mv -> battery.put("mv", mv));
            b.percent().ifPresent(pc -> battery.put("percent", pc));
            battery.put("reported_at", MqttJson.time(b.reportedAt()));
        });
        node.signal().ifPresent(s -> json.put("snr_db", s.snrDb()).put("rssi_dbm", s.rssiDbm()));
        json.put("hops", node.hops());
        json.put("link", node.linkId());
        json.put("packets_heard", node.packetsHeard());
        node.direct().ifPresent(d -> {
            ObjectNode direct = json.putObject("direct");
            direct.put("heard_at", MqttJson.time(d.at()));
            d.signal().ifPresent(s -> direct.put("snr_db", s.snrDb()).put("rssi_dbm", s.rssiDbm()));
            direct.put("link", d.linkId());
        });
        json.put("state", node.state().key());
        json.put("state_since", MqttJson.time(node.stateSince()));
        json.put("monitored", node.monitored());
        json.put("maintenance", node.maintenance());
        json.put("battery_low", node.batteryLow());
        json.put("time", MqttJson.time(now));
        return MqttJson.text(json);
    }

    /** One alert event. */
    static String alert(Alert alert) {
        ObjectNode json = MqttJson.document();
        json.put("kind", alert.kind().key());
        json.put("subject", alert.subject());
        json.put("time", MqttJson.time(alert.at()));
        json.put("reason", alert.reason());
        json.put("active", !alert.kind().isRecovery());
        alert.node().ifPresent(node -> {
            json.put("name", node.name());
            json.put("role", node.role().key());
            json.put("state", node.state().key());
            json.put("last_heard", MqttJson.time(node.lastHeard()));
            json.put("battery_low", node.batteryLow());
            node.battery().ifPresent(b -> {
                b.millivolts().ifPresent(mv -> json.put("battery_mv", mv));
                b.percent().ifPresent(pc -> json.put("battery_percent", pc));
            });
        });
        return MqttJson.text(json);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
