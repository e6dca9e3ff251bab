package org.meshbridge.server.web.auth;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.accounts.Principal;
import org.meshbridge.server.net.AddressKeys;
import org.meshbridge.server.net.RateLimiter;
import org.meshbridge.server.web.HttpCall;
import org.meshbridge.server.web.HttpProblem;

/**
 * The HTTP rate limits ({@code server.rate_limits}): logins per client address, posts per
 * account and per client address. Each check takes a token or throws a 429 {@link HttpProblem}
 * with {@code Retry-After}. Addresses count by {@link AddressKeys} (IPv6 by /64). Non-blocking.
 *
 * @param logins           login attempts per client address
 * @param postsPerAccount  posts per signed-in account
 * @param postsPerAddress  posts per client address (several accounts behind one address)
 */
public record RequestLimits(Optional<RateLimiter> logins, Optional<RateLimiter> postsPerAccount,
                            Optional<RateLimiter> postsPerAddress) {

    public static final RequestLimits NONE = new RequestLimits(Optional.empty(), Optional.empty(), Optional.empty());

    public RequestLimits {
        Objects.requireNonNull(logins, "logins");
        Objects.requireNonNull(postsPerAccount, "postsPerAccount");
        Objects.requireNonNull(postsPerAddress, "postsPerAddress");
    }

    /** Takes a login token for the caller's address. */
    public void checkLogin(HttpCall call) {
        if (logins.isPresent()) {
            check(logins.get().tryAcquire(AddressKeys.of(call.client())), "login attempts from this address");
        }
    }

    /** Takes a post token for {@code who} and for the caller's address. Call it in a POST handler before posting. */
    public void checkPost(HttpCall call, Principal who) {
        if (postsPerAccount.isPresent()) {
            check(postsPerAccount.get().tryAcquire(who.name()), "posts from this account");
        }
        if (postsPerAddress.isPresent()) {
            check(postsPerAddress.get().tryAcquire(AddressKeys.of(call.client())), "posts from this address");
        }
    }

    private static void check(RateLimiter.Decision decision, String what) {
        if (!decision.allowed()) {
            throw tooMany("too many " + what + "; retry in " + decision.retryAfterSeconds() + " s",
                    decision.retryAfterSeconds());
        }
    }

    /** 429 {@code rate_limited} with {@code Retry-After: seconds}. */
    public static HttpProblem tooMany(String message, long retryAfterSeconds) {
        return new HttpProblem(HttpResponseStatus.TOO_MANY_REQUESTS, "rate_limited", message,
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }
}
