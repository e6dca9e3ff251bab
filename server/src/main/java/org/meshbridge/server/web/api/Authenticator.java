package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.FullHttpRequest;
import java.util.Optional;

/** Finds who sent a request (its bearer token); empty when nobody valid did (the resources answer 401). */
@FunctionalInterface
public interface Authenticator {

    Optional<Caller> authenticate(FullHttpRequest request);
}
