package org.meshbridge.server.web.live;

import java.util.Optional;

/**
 * Turns a bearer token into the viewer it belongs to; empty for an unknown, expired or revoked
 * token. The accounts' {@code authenticate(token)} plugs in here. Called on a Netty thread during
 * the upgrade: must not block for long.
 */
@FunctionalInterface
public interface LiveAuthenticator {

    Optional<LiveViewer> authenticate(String token);
}
