package org.meshbridge.server.web.api;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.Principal;

/**
 * The accounts behind the REST resources: {@code Authorization: Bearer <token>} checked by
 * {@link Accounts#authenticateAsync} (off the Netty thread), the {@link Principal} seen as a
 * {@link Caller}.
 */
public final class AccountCallers implements Authenticator {

    private static final String BEARER = "bearer ";

    private final Accounts accounts;

    public AccountCallers(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public CompletionStage<Optional<Caller>> authenticate(FullHttpRequest request) {
        Optional<String> token = token(request.headers().get(HttpHeaderNames.AUTHORIZATION));
        if (token.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return accounts.authenticateAsync(token.get()).thenApply(found -> found.map(PrincipalCaller::new));
    }

    /** The token of an {@code Authorization: Bearer} header, if that is what it holds. */
    static Optional<String> token(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** A principal as a caller. */
    record PrincipalCaller(Principal principal) implements Caller {
        @Override
        public String account() {
            return principal.name();
        }

        @Override
        public boolean admin() {
            return principal.isAdmin();
        }

        @Override
        public boolean canRead(String room) {
            return principal.canRead(room);
        }

        @Override
        public boolean canPost(String room) {
            return principal.canPost(room);
        }
    }
}
