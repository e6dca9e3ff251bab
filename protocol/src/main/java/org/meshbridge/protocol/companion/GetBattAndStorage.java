package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_GET_BATT_AND_STORAGE}: asks for {@link BattAndStorage}. Bytes after the last field are ignored by
 * the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record GetBattAndStorage(Bytes trailing) implements CompanionCommand {

    public GetBattAndStorage {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public GetBattAndStorage() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static GetBattAndStorage read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new GetBattAndStorage(trailing);
    }

    @Override
    public int code() {
        return CommandCode.GET_BATT_AND_STORAGE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
