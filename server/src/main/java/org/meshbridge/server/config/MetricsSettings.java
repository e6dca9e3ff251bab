package org.meshbridge.server.config;

import java.util.Objects;
import java.util.Set;

/**
 * The {@code metrics} section: {@code /metrics} and which nodes get per-node series.
 *
 * @param enabled serve {@code /metrics} on {@code server.listen}; default true
 * @param nodes node ids (64 lowercase hex digits) that get last-heard and battery series; at
 *     most {@value #MAX_NODES}, default none, so the number of series stays bounded
 */
public record MetricsSettings(boolean enabled, Set<String> nodes) {

    /** The most nodes that may get per-node series. */
    public static final int MAX_NODES = 200;

    public static final MetricsSettings DEFAULTS = new MetricsSettings(true, Set.of());

    public MetricsSettings {
        nodes = Set.copyOf(Objects.requireNonNull(nodes, "nodes"));
        if (nodes.size() > MAX_NODES) {
            throw new IllegalArgumentException("at most " + MAX_NODES + " nodes, not " + nodes.size());
        }
    }
}
