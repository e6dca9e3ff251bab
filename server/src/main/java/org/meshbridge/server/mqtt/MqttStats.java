package org.meshbridge.server.mqtt;

import java.util.Objects;
import java.util.Optional;

/**
 * The bridge's figures for {@code /healthz}, {@code /metrics} and {@code {p}/status}; a snapshot,
 * safe to read from any thread.
 *
 * @param state      connecting, up, down or closed
 * @param broker     the broker URL (never with credentials)
 * @param lastError  why the last connection attempt failed or the connection was lost, if it did
 * @param backlog    messages produced and not yet acknowledged by the broker (the outbox)
 * @param published  messages the broker acknowledged since start
 * @param overflow   messages dropped because the outbox was full
 * @param rejected   messages the broker refused (MQTT 5 error reason codes) and that were dropped
 * @param connects   successful connections since start
 * @param disconnects connections lost since start
 */
public record MqttStats(State state, String broker, Optional<String> lastError, long backlog, long published,
                        long overflow, long rejected, long connects, long disconnects) {

    /** The connection's state. */
    public enum State {
        CONNECTING("connecting"),
        UP("up"),
        DOWN("down"),
        CLOSED("closed");

        private final String code;

        State(String code) {
            this.code = code;
        }

        /** How JSON writes it. */
        public String code() {
            return code;
        }
    }

    public MqttStats {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** True while connected to the broker. */
    public boolean connected() {
        return state == State.UP;
    }
}
