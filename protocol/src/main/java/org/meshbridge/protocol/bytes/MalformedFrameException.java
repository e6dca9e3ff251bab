package org.meshbridge.protocol.bytes;

import java.util.Objects;

/**
 * The one error for bytes that do not decode: radio packets, payloads, companion frames, KISS
 * frames. Checked, cheap (no stack trace), and it says why through {@link #reason()} plus a short
 * detail with offsets and lengths.
 *
 * <p>Only readers and codecs throw it. A caller's own mistakes (a null argument, a record built
 * with an out-of-range value) raise {@link IllegalArgumentException} or
 * {@link NullPointerException} instead.
 */
public final class MalformedFrameException extends Exception {

    /** Why a frame was refused. Stable: metrics count drops by these names. */
    public enum Reason {
        /** Input ended before a field it announced. */
        TRUNCATED,
        /** A length or count exceeds a protocol limit. */
        TOO_LONG,
        /** Shorter than the minimum the format requires. */
        TOO_SHORT,
        /** Reserved bits or a reserved value are set. */
        RESERVED_BITS,
        /** Bytes remain after the last field where the format forbids them. */
        TRAILING_BYTES,
        /** The payload version is not one this node speaks. */
        UNSUPPORTED_VERSION,
        /** A code that the format does not define. */
        UNKNOWN_CODE,
        /** A field holds a value outside its legal range. */
        BAD_VALUE
    }

    private final Reason reason;
    private final String detail;

    public MalformedFrameException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(detail, "detail"), null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
