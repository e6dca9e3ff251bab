package org.meshbridge.server.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decides, before the handshake, whether an upgrade on a {@link WebSocketRoute} goes ahead: it
 * can refuse with an HTTP status (e.g. 401 without a valid token, 429 over a connection limit) or
 * accept with the {@link WebSocketEndpoint} that serves this one connection (typically a closure
 * over who authenticated) and the subprotocol to answer with. Called on a Netty thread: keep it
 * short and do not block.
 */
@FunctionalInterface
public interface WebSocketAdmission {

    /** Accepts or refuses {@code request}, now or later. */
    CompletionStage<Decision> admit(UpgradeRequest request);

    /** Every upgrade accepted, served by {@code endpoint}, without a subprotocol. */
    static WebSocketAdmission everyone(WebSocketEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        CompletionStage<Decision> accepted = CompletableFuture.completedStage(new Accepted(endpoint, Optional.empty()));
        return request -> accepted;
    }

    /** What {@link #admit} answers. */
    sealed interface Decision permits Accepted, Refused {
    }

    /**
     * The handshake goes ahead.
     *
     * @param endpoint serves this connection
     * @param subprotocol the subprotocol to select; must be one the client offered
     */
    record Accepted(WebSocketEndpoint endpoint, Optional<String> subprotocol) implements Decision {

        public Accepted {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(subprotocol, "subprotocol");
        }
    }

    /**
     * The request is answered with a JSON {@code {error, message}} and {@code status} instead.
     *
     * @param headers extra response headers, e.g. {@code WWW-Authenticate} or {@code Retry-After}
     */
    record Refused(HttpResponseStatus status, String error, String message, Map<String, String> headers)
            implements Decision {

        public Refused {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(message, "message");
            headers = Map.copyOf(headers);
        }

        /** A 401 asking for a bearer token. */
        public static Refused unauthorized(String message) {
            return new Refused(HttpResponseStatus.UNAUTHORIZED, "unauthorized", message,
                    Map.of("WWW-Authenticate", "Bearer"));
        }
    }
}
