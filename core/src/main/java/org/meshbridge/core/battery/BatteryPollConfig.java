package org.meshbridge.core.battery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.nodes.NodeMatch;

/**
 * The periodic battery poll ({@code monitoring.battery.poll}, docs/monitoring.md "Battery").
 *
 * @param every how often each listed node is asked, {@link #MIN_EVERY}..{@link #MAX_EVERY}
 * @param nodes which nodes (by id prefix or name); a node is polled once the registry has heard it
 * @param password the login password (guest or admin), at most {@value #MAX_PASSWORD_BYTES} UTF-8
 *     bytes; empty = a blank password (firmware: already in the node's ACL, or a blank guest password)
 */
public record BatteryPollConfig(Duration every, List<NodeMatch> nodes, Optional<String> password) {

    public static final Duration MIN_EVERY = Duration.ofMinutes(10);
    public static final Duration MAX_EVERY = Duration.ofDays(30);
    /** {@code PlaintextLimits.MAX_PASSWORD_BYTES}: what a login carries. */
    public static final int MAX_PASSWORD_BYTES = 15;
    /** Six hours: a battery changes slowly, and each poll is four packets on the air. */
    public static final Duration DEFAULT_EVERY = Duration.ofHours(6);

    public BatteryPollConfig {
        Objects.requireNonNull(every, "every");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(password, "password");
        if (every.compareTo(MIN_EVERY) < 0 || every.compareTo(MAX_EVERY) > 0) {
            throw new IllegalArgumentException("every must be 10m..30d, was " + every);
        }
        if (password.isPresent() && password.get().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("a password is at most " + MAX_PASSWORD_BYTES + " UTF-8 bytes");
        }
    }

    /** True if {@code id}/{@code name} is one of {@link #nodes()}. */
    public boolean covers(String id, String name) {
        return nodes.stream().anyMatch(m -> m.matches(id, name));
    }
}
