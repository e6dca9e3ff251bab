package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A node heard on the mesh, as {@code GET /api/v1/nodes} shows it. Unknown values are null.
 *
 * @param id the public key, lowercase hex
 * @param role chat, repeater, room or sensor
 * @param lastHeard ISO-8601 UTC
 * @param hops path length of the last packet heard (0 = heard directly)
 * @param snr dB of the last packet heard directly
 * @param rssi dBm of the last packet heard directly
 * @param batteryMillivolts from telemetry or status, when known
 * @param position from the node's advert, when it sends one
 * @param liveness alive, late or silent (by the node's own advert interval)
 * @param packetsHeard packets other than adverts credited to it (relayed last by it, or from it and opened)
 */
@JsonPropertyOrder({"id", "name", "role", "last_heard", "hops", "snr", "rssi", "battery_mv", "position", "liveness",
        "packets_heard"})
public record NodeView(String id, String name, String role, @JsonProperty("last_heard") String lastHeard, Integer hops,
                       Double snr, Integer rssi, @JsonProperty("battery_mv") Integer batteryMillivolts,
                       Position position, String liveness, @JsonProperty("packets_heard") Long packetsHeard) {

    /** A position in degrees (WGS84). */
    public record Position(double lat, double lon) {
    }

    public NodeView {
        Objects.requireNonNull(id, "id");
    }
}
