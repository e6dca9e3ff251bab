package org.meshbridge.protocol.companion;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_DEFAULT_FLOOD_SCOPE}: a frame of at least 48 bytes sets name (31) and key (16); anything
 * shorter clears the default scope. The firmware answers ERR_CODE_ILLEGAL_ARG unless the name has 1 to 30
 * bytes before its NUL.
 *
 * @param scope the scope to set, or empty to clear
 * @param trailing bytes the firmware ignores (fewer than 47 when clearing)
 */
public record SetDefaultFloodScope(Optional<FloodScope> scope, Bytes trailing) implements CompanionCommand {

    public SetDefaultFloodScope {
        Objects.requireNonNull(scope, "scope");
        Fields.any(trailing, "trailing");
        if (scope.isEmpty() && trailing.size() >= FloodScope.SIZE) {
            throw new IllegalArgumentException("47 trailing bytes would be read as a scope");
        }
    }

    /** Sets the default scope. */
    public SetDefaultFloodScope(FloodScope scope) {
        this(Optional.of(scope), Bytes.EMPTY);
    }

    /** Clears the default scope ({@code 3F}). */
    public static SetDefaultFloodScope clear() {
        return new SetDefaultFloodScope(Optional.empty(), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetDefaultFloodScope read(ByteReader r) throws MalformedFrameException {
        Optional<FloodScope> scope = r.remaining() >= FloodScope.SIZE ? Optional.of(FloodScope.read(r)) : Optional.empty();
        return new SetDefaultFloodScope(scope, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SET_DEFAULT_FLOOD_SCOPE.code();
    }

    @Override
    public void write(ByteWriter w) {
        scope.ifPresent(s -> s.write(w));
        w.bytes(trailing);
    }
}
