package org.meshbridge.server.accounts;

import java.util.Objects;

/** An account operation refused, with a {@link Reason} the CLI and the HTTP API map to exit codes and statuses. */
public final class AccountException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** The name is not 1..32 of a-z, 0-9, '.', '_', '-' starting with a letter or digit. */
        INVALID_NAME,
        /** The password is too short, too long or contains control characters. */
        INVALID_PASSWORD,
        /** The room list cannot be read. */
        INVALID_ROOMS,
        /** An account of that name exists already. */
        EXISTS,
        /** No account of that name. */
        NOT_FOUND,
        /** The account store is saturated (too many logins queued); try again. */
        BUSY
    }

    private final Reason reason;

    public AccountException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
