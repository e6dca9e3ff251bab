package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One packet in {@code GET /api/v1/packets} (a public contract, see {@code docs/http-api.md}).
 *
 * @param time when it was heard, or when its transmission ended; ISO-8601 UTC
 * @param direction heard ({@code rx}) or sent by this node ({@code tx})
 * @param link the radio link id
 * @param snr signal-to-noise ratio in dB; null when unknown (always for tx)
 * @param rssi received signal strength in dBm; null when unknown (always for tx)
 * @param duplicate rx only: its hash was seen before (another path, our own echo)
 * @param outcome tx only: {@code sent} or {@code dropped}
 * @param dropReason tx only, when dropped: the airtime budget's or radio's reason, e.g. {@code queue_full}
 * @param hex the raw packet, lowercase hex
 * @param decoded what the packet says
 */
@JsonPropertyOrder({"time", "direction", "link", "snr", "rssi", "duplicate", "outcome", "drop_reason", "hex", "decoded"})
public record PacketEntry(String time, Direction direction, String link, Double snr, Integer rssi,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean duplicate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outcome,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("drop_reason") String dropReason,
        String hex, PacketSummary decoded) {

    /** Which way the packet went. */
    public enum Direction {
        RX("rx"),
        TX("tx");

        private final String code;

        Direction(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public PacketEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(hex, "hex");
        Objects.requireNonNull(decoded, "decoded");
    }
}
