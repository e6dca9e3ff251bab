package org.meshbridge.server.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.meshbridge.core.battery.BatteryPollConfig;
import org.meshbridge.core.nodes.NodeMatch;

/** {@code monitoring.battery}: the optional periodic battery poll (docs/monitoring.md, "Battery"). */
final class BatteryPollParser {

    private static final Set<String> BATTERY_KEYS = Set.of("poll");
    private static final Set<String> POLL_KEYS = Set.of("every", "nodes", "password");
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-fA-F]{64}");
    /** The most nodes one poll may list. */
    static final int MAX_NODES = 1_000;

    private BatteryPollParser() {
    }

    /** Empty unless {@code battery.poll} is there. */
    static Optional<BatteryPollConfig> battery(ConfigNode battery) throws ConfigException {
        battery.refuseUnknown(BATTERY_KEYS, "poll");
        if (!battery.has("poll")) {
            return Optional.empty();
        }
        ConfigNode poll = battery.section("poll");
        poll.refuseUnknown(POLL_KEYS, "every, nodes, password");
        Duration every = poll.duration("every", BatteryPollConfig.MIN_EVERY, BatteryPollConfig.MAX_EVERY, "10m..30d")
                .orElse(BatteryPollConfig.DEFAULT_EVERY);
        List<String> entries = poll.strings("nodes", MAX_NODES);
        if (entries.isEmpty()) {
            throw new ConfigException(poll.keyPath("nodes"), "required: the nodes to poll, each a 64-hex-digit node id or"
                    + " a node name");
        }
        List<NodeMatch> nodes = new ArrayList<>();
        for (String entry : entries) {
            nodes.add(NODE_ID.matcher(entry).matches() ? NodeMatch.byId(entry) : NodeMatch.byName(entry));
        }
        Optional<String> password = poll.text("password");
        if (password.isPresent() && password.get().getBytes(StandardCharsets.UTF_8).length > BatteryPollConfig.MAX_PASSWORD_BYTES) {
            throw new ConfigException(poll.keyPath("password"), "must be at most " + BatteryPollConfig.MAX_PASSWORD_BYTES
                    + " bytes (UTF-8): a login carries no more");
        }
        return Optional.of(new BatteryPollConfig(every, nodes, password));
    }
}
