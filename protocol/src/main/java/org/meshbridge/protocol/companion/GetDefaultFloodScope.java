package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_DEFAULT_FLOOD_SCOPE}: asks for {@link DefaultFloodScope}. Bytes after the last field are
 * ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record GetDefaultFloodScope(Bytes trailing) implements CompanionCommand {

    public GetDefaultFloodScope {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetDefaultFloodScope() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetDefaultFloodScope read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new GetDefaultFloodScope(trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_DEFAULT_FLOOD_SCOPE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
