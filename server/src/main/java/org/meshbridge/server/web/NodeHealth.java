package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.meshbridge.core.airtime.AirtimeStats;
import org.meshbridge.core.node.NodeStats;

/**
 * The {@code node} entry of {@code /healthz}: who the node is and its counters since start.
 *
 * @param name the advertised name
 * @param publicKey the node's public key, lowercase hex
 * @param framesReceived frames the radio delivered
 * @param duplicates packets heard before (dropped by the duplicate table)
 * @param malformed frames or payloads that did not decode
 * @param processed packets handled locally
 * @param forwarded packets repeated for others
 * @param dropped packets neither processed nor forwarded
 * @param packetsLogged entries added to the packet log since start
 * @param airtime the transmit budget's counters
 */
@JsonPropertyOrder({"name", "public_key", "frames_received", "duplicates", "malformed", "processed", "forwarded", "dropped",
    "packets_logged", "airtime"})
public record NodeHealth(String name, @JsonProperty("public_key") String publicKey,
        @JsonProperty("frames_received") long framesReceived, long duplicates, long malformed, long processed,
        long forwarded, long dropped, @JsonProperty("packets_logged") long packetsLogged, Airtime airtime) {

    /**
     * @param submitted transmissions requested
     * @param transmitted transmissions the radio reported sent
     * @param dropped transmissions not sent (budget, queue, radio)
     * @param pending waiting or on air now
     * @param airtimeSeconds total airtime used
     */
    @JsonPropertyOrder({"submitted", "transmitted", "dropped", "pending", "airtime_s"})
    public record Airtime(long submitted, long transmitted, long dropped, int pending,
            @JsonProperty("airtime_s") double airtimeSeconds) {

        /** No radio, so no budget. */
        public static final Airtime NONE = new Airtime(0, 0, 0, 0, 0);

        /** These counters and {@code other}'s added up (several links, one budget each). */
        public Airtime plus(Airtime other) {
            return new Airtime(submitted + other.submitted, transmitted + other.transmitted, dropped + other.dropped,
                    pending + other.pending, airtimeSeconds + other.airtimeSeconds);
        }

        public static Airtime of(AirtimeStats stats) {
            return new Airtime(stats.submitted(), stats.transmitted(), stats.droppedTotal(), stats.pending(),
                    stats.airtime().toNanos() / 1e9);
        }
    }

    public NodeHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(airtime, "airtime");
    }

    /** From a snapshot of the node's and its budget's counters. */
    public static NodeHealth of(String name, String publicKey, NodeStats node, Airtime airtime, long packetsLogged) {
        return new NodeHealth(name, publicKey, node.framesReceived(), node.duplicates(), node.malformedTotal(),
                node.processed(), node.forwarded(), node.dropped(), packetsLogged, airtime);
    }
}
