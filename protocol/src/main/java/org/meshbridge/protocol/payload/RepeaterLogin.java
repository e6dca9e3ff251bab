package org.meshbridge.protocol.payload;

import java.util.Objects;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A login to a repeater or sensor: {@code timestamp(4) | password}. The password is empty or
 * starts with a byte of at least 0x20 (lower bytes select a {@link RepeaterSubRequest}).
 *
 * @param password the raw password bytes, no NUL
 */
public record RepeaterLogin(long timestamp, Bytes password) implements AnonRequestContent {

    public RepeaterLogin {
        Objects.requireNonNull(password, "password");
        PayloadFields.requireU32(timestamp, "timestamp");
        PayloadFields.requireNoNul(password, "password");
        if (!password.isEmpty() && password.get(0) < PayloadConstants.FIRST_PASSWORD_CHAR) {
            throw new IllegalArgumentException("a repeater password cannot start with byte " + password.get(0));
        }
        PayloadFields.requireAtMost(4 + password.size(), PlaintextLimits.ANON_DECRYPTED_BYTES, "repeater login");
    }

    /** A login as {@code sendLogin} builds it; the password must fit 15 bytes. */
    public static RepeaterLogin of(long timestamp, String password) {
        Bytes p = Bytes.utf8(password);
        PayloadFields.requireAtMost(p.size(), PlaintextLimits.MAX_PASSWORD_BYTES, "password");
        return new RepeaterLogin(timestamp, p);
    }

    public String passwordString() {
        return password.utf8();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(timestamp).bytes(password);
    }
}
