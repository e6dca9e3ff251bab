package org.meshbridge.server.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What {@link Accounts#login} decided. */
public sealed interface LoginOutcome {

    /**
     * Signed in. {@code token} is the bearer token, shown to the client once and stored only as
     * a hash; it is valid until {@code expires} or logout.
     */
    record Success(String token, Instant expires, Principal principal) implements LoginOutcome {
        public Success {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expires, "expires");
            Objects.requireNonNull(principal, "principal");
        }

        /** Shows no token. */
        @Override
        public String toString() {
            return "Success[" + principal.name() + ", expires " + expires + "]";
        }
    }

    /** Unknown name or wrong password (the answer does not say which). */
    record Rejected() implements LoginOutcome {
    }

    /** Too many failures for this account or from this address: no password was checked. */
    record LockedOut(Duration retryAfter) implements LoginOutcome {
        public LockedOut {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
