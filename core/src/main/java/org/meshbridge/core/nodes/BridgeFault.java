package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Objects;

/**
 * A part of the bridge that is not working.
 *
 * @param component e.g. {@code radio:<linkId>}, {@code mqtt}, {@code gateway:<name>}
 * @param reason the latest reason reported
 * @param since when it was first reported (since the last clear)
 * @param alerted true once a {@link AlertKind#BRIDGE_FAULT} alert went out for it
 */
public record BridgeFault(String component, String reason, Instant since, boolean alerted) {

    public BridgeFault {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
