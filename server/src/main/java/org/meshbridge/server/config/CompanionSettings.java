package org.meshbridge.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.meshbridge.server.companion.CompanionLimits;

/**
 * {@code companion}: the companion-protocol listeners stock MeshCore apps connect to.
 *
 * @param listeners each bound to one account; empty when the section is absent
 * @param idleTimeout {@code companion.idle_timeout}: an app connection nothing was read from for
 *     this long is closed (default {@link CompanionLimits#DEFAULT_IDLE_TIMEOUT})
 */
public record CompanionSettings(List<CompanionListenerSettings> listeners, Duration idleTimeout) {

    /** No listeners. */
    public static final CompanionSettings NONE = new CompanionSettings(List.of());

    public CompanionSettings {
        listeners = List.copyOf(listeners);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
    }

    /** Listeners with the default idle timeout. */
    public CompanionSettings(List<CompanionListenerSettings> listeners) {
        this(listeners, CompanionLimits.DEFAULT_IDLE_TIMEOUT);
    }
}
