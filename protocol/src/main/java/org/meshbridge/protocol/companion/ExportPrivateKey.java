package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_EXPORT_PRIVATE_KEY}: asks for {@link PrivateKey} (or {@link Disabled}). Bytes after the last
 * field are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record ExportPrivateKey(Bytes trailing) implements CompanionCommand {

    public ExportPrivateKey {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public ExportPrivateKey() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static ExportPrivateKey read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new ExportPrivateKey(trailing);
    }

    @Override
    public int code() {
        return CommandCode.EXPORT_PRIVATE_KEY.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
