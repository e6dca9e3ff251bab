package org.meshbridge.protocol.kiss;

import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * Field checks shared by the record constructors and the decoder. A constructor's failure is an
 * {@link IllegalArgumentException} (a caller bug); {@link #decoding} turns the same failure into a
 * {@link MalformedFrameException} with the matching reason when the values came off the wire.
 */
final class Checks {

    private Checks() {
    }

    /** An argument error that remembers which {@link Reason} it means on the wire. */
    static final class InvalidField extends IllegalArgumentException {
        private final Reason reason;

        InvalidField(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // thrown for bad wire input too: keep it cheap
        }
    }

    /** Builds a record from wire values. */
    interface Builder<T> {
        T build() throws MalformedFrameException;
    }

    static <T> T decoding(Builder<T> builder) throws MalformedFrameException {
        try {
            return builder.build();
        } catch (InvalidField e) {
            throw new MalformedFrameException(e.reason, e.getMessage());
        }
    }

    static Bytes exactly(Bytes value, int size, String field) {
        if (value.size() != size) {
            throw new InvalidField(value.size() < size ? Reason.TOO_SHORT : Reason.TOO_LONG,
                    field + " must be " + size + " bytes, not " + value.size());
        }
        return value;
    }

    static Bytes sized(Bytes value, int min, int max, String field) {
        if (value.size() < min) {
            throw new InvalidField(Reason.TOO_SHORT, field + " needs at least " + min + " bytes, has " + value.size());
        }
        if (value.size() > max) {
            throw new InvalidField(Reason.TOO_LONG, field + " allows at most " + max + " bytes, has " + value.size());
        }
        return value;
    }

    /** 1..{@code maxBytes} bytes in whole AES blocks (the firmware pads with zeros to a block). */
    static Bytes blocks(Bytes value, int maxBytes, String field) {
        sized(value, KissConstants.CIPHER_BLOCK_BYTES, maxBytes, field);
        if (value.size() % KissConstants.CIPHER_BLOCK_BYTES != 0) {
            throw new InvalidField(Reason.BAD_VALUE, field + " must be whole 16-byte blocks, has " + value.size());
        }
        return value;
    }

    static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidField(Reason.BAD_VALUE, field + " must be " + min + ".." + max + ", not " + value);
        }
        return value;
    }

    static long range(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new InvalidField(Reason.BAD_VALUE, field + " must be " + min + ".." + max + ", not " + value);
        }
        return value;
    }

    /** A flag byte the firmware writes as exactly 0 or 1. */
    static boolean flag(int value, String field) {
        return range(value, 0, 1, field) == 1;
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        return value;
    }
}
