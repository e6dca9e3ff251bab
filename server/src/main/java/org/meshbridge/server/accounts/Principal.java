package org.meshbridge.server.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a request: the signed-in account as the store had it when the token was checked,
 * and when the session ends. Immutable; safe to share between threads.
 *
 * <pre>{@code
 * Optional<Principal> who = accounts.authenticate(token);
 * if (who.isEmpty()) -> 401;  if (!who.get().canPost(room)) -> 403
 * }</pre>
 */
public record Principal(Account account, Instant expires) {

    public Principal {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expires, "expires");
    }

    /** The account's name. */
    public String name() {
        return account.name();
    }

    public Role role() {
        return account.role();
    }

    public boolean isAdmin() {
        return account.role() == Role.ADMIN;
    }

    public boolean canRead(String room) {
        return account.canRead(room);
    }

    public boolean canPost(String room) {
        return account.canPost(room);
    }
}
