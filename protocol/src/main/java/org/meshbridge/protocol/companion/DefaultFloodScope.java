package org.meshbridge.protocol.companion;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_DEFAULT_FLOOD_SCOPE}: the default scope's name (31) and key (16), or nothing when none is
 * set.
 *
 * @param scope the scope, or empty
 */
public record DefaultFloodScope(Optional<FloodScope> scope) implements CompanionResponse {

    public DefaultFloodScope {
        Objects.requireNonNull(scope, "scope");
    }

    /** Reads the body after the code byte. */
    public static DefaultFloodScope read(ByteReader r) throws MalformedFrameException {
        return new DefaultFloodScope(r.hasRemaining() ? Optional.of(FloodScope.read(r)) : Optional.empty());
    }

    @Override
    public int code() {
        return ResponseCode.DEFAULT_FLOOD_SCOPE.code();
    }

    @Override
    public void write(ByteWriter w) {
        scope.ifPresent(s -> s.write(w));
    }
}
