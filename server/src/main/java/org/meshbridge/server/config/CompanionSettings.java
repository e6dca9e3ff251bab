package org.meshbridge.server.config;

import java.util.List;

/**
 * {@code companion}: the companion-protocol listeners stock MeshCore apps connect to.
 *
 * @param listeners each bound to one account; empty when the section is absent
 */
public record CompanionSettings(List<CompanionListenerSettings> listeners) {

    /** No listeners. */
    public static final CompanionSettings NONE = new CompanionSettings(List.of());

    public CompanionSettings {
        listeners = List.copyOf(listeners);
    }
}
