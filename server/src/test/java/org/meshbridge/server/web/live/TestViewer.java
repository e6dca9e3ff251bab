package org.meshbridge.server.web.live;

import java.util.Set;

/**
 * A viewer with a fixed set of readable rooms, standing in for an account until the accounts
 * branch's principal is plugged in through {@link LiveAuthenticator}.
 */
record TestViewer(String name, Set<String> readable, boolean isAdmin) implements LiveViewer {

    @Override
    public boolean canRead(String room) {
        return readable.contains(room);
    }
}
