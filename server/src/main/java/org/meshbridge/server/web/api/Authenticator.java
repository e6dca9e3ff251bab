package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.FullHttpRequest;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Finds who sent a request (its bearer token); empty when nobody valid did (the resources answer
 * 401). Called on a Netty thread: an implementation that needs the database answers later.
 */
@FunctionalInterface
public interface Authenticator {

    CompletionStage<Optional<Caller>> authenticate(FullHttpRequest request);
}
