package org.meshbridge.server.web.live;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Turns a bearer token into the viewer it belongs to; empty for an unknown, expired or revoked
 * token. Called on a Netty thread during the upgrade, so it must not block: a lookup that needs
 * the database returns a stage completed elsewhere ({@link AccountViewers#authenticator} uses the
 * accounts' own executor).
 */
@FunctionalInterface
public interface LiveAuthenticator {

    CompletionStage<Optional<LiveViewer>> authenticate(String token);
}
