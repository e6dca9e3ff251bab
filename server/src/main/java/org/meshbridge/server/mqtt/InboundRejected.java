package org.meshbridge.server.mqtt;

import java.util.Objects;

/**
 * Why a message on {@code {p}/send/{room}} was not posted; published on {@code {p}/errors} as
 * {@code error} (the {@link Reason}'s code) and {@code message}. Checked, without a stack trace.
 */
public final class InboundRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** The {@code error} codes of {@code {p}/errors}. */
    public enum Reason {
        TOO_LARGE("too_large"),
        NOT_UTF8("not_utf8"),
        NOT_JSON("not_json"),
        NOT_OBJECT("not_object"),
        UNKNOWN_FIELD("unknown_field"),
        BAD_TEXT("bad_text"),
        UNKNOWN_ROOM("unknown_room"),
        RATE_LIMITED("rate_limited"),
        POST_FAILED("post_failed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public InboundRejected(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
