package org.meshbridge.server.web;

import java.util.Objects;

/** One component's entry in {@code /healthz}: {@code {"state":"none"}}. */
public record ComponentHealth(ComponentState state) {

    /** The component does not exist in this run. */
    public static final ComponentHealth NONE = new ComponentHealth(ComponentState.NONE);

    /** The component is switched off. */
    public static final ComponentHealth DISABLED = new ComponentHealth(ComponentState.DISABLED);

    public ComponentHealth {
        Objects.requireNonNull(state, "state");
    }
}
