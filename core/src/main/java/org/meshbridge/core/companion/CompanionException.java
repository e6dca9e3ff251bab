package org.meshbridge.core.companion;

import java.util.Objects;

/** A companion request that cannot be carried out, with a reason a protocol adapter maps to its error code. */
public final class CompanionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** No contact, channel or room by that key or index. */
        NOT_FOUND,
        /** A value out of range (too long a text, a bad channel index). */
        ILLEGAL_ARGUMENT,
        /** Not allowed here: the operator did not enable it, or it would change the shared server. */
        NOT_ALLOWED,
        /** A table is full (pending requests). */
        TABLE_FULL
    }

    private final Reason reason;

    public CompanionException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
