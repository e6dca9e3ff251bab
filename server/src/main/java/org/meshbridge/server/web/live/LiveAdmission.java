package org.meshbridge.server.web.live;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.server.web.UpgradeRequest;
import org.meshbridge.server.web.WebSocketAdmission;

/**
 * Authenticates a {@code /ws} upgrade with a bearer token, taken from the first of:
 * <ol>
 *   <li>{@code Sec-WebSocket-Protocol: meshbridge.v1, bearer.<token>} (what a browser can send;
 *       the server answers {@code meshbridge.v1}, never the token),</li>
 *   <li>{@code Authorization: Bearer <token>} (other clients),</li>
 *   <li>{@code ?token=<token>} (last resort: URLs end up in proxy logs).</li>
 * </ol>
 * No token or an unknown one is refused with 401 before the handshake.
 */
final class LiveAdmission implements WebSocketAdmission {

    private final LiveHub hub;
    private final LiveAuthenticator authenticator;

    LiveAdmission(LiveHub hub, LiveAuthenticator authenticator) {
        this.hub = hub;
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    @Override
    public CompletionStage<Decision> admit(UpgradeRequest request) {
        boolean offersOurs = request.subprotocols().contains(LiveHub.SUBPROTOCOL);
        Optional<String> fromProtocol = request.subprotocols().stream()
                .filter(p -> p.startsWith(LiveHub.BEARER_SUBPROTOCOL_PREFIX))
                .map(p -> p.substring(LiveHub.BEARER_SUBPROTOCOL_PREFIX.length()))
                .findFirst();
        if (fromProtocol.isPresent() && !offersOurs) {
            return CompletableFuture.completedStage(new Refused(HttpResponseStatus.BAD_REQUEST, "bad_request",
                    "a bearer.<token> subprotocol needs " + LiveHub.SUBPROTOCOL + " offered with it", Map.of()));
        }
        Optional<String> token = fromProtocol
                .or(() -> request.header("Authorization")
                        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                        .map(value -> value.substring(7).trim()))
                .or(() -> request.queryParameter("token"))
                .filter(value -> !value.isEmpty());
        if (token.isEmpty()) {
            return CompletableFuture.completedStage(Refused.unauthorized("no bearer token: offer subprotocols "
                    + LiveHub.SUBPROTOCOL + " and bearer.<token>, or send Authorization: Bearer <token>"));
        }
        Optional<String> subprotocol = offersOurs ? Optional.of(LiveHub.SUBPROTOCOL) : Optional.empty();
        return authenticator.authenticate(token.get()).thenApply(viewer -> viewer
                .<Decision>map(who -> new Accepted(session -> hub.open(session, who), subprotocol))
                .orElseGet(() -> Refused.unauthorized("invalid, expired or revoked token; sign in again")));
    }
}
