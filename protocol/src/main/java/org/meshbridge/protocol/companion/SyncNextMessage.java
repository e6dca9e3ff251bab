package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SYNC_NEXT_MESSAGE}: takes the next frame from the offline queue, or {@link NoMoreMessages}. Bytes
 * after the last field are ignored by the firmware and kept in {@code trailing} so the frame re-encodes.
 *
 * @param trailing trailing
 */
public record SyncNextMessage(Bytes trailing) implements CompanionCommand {

    public SyncNextMessage {
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SyncNextMessage() {
        this(Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SyncNextMessage read(ByteReader r) throws MalformedFrameException {
        Bytes trailing = r.rest();
        return new SyncNextMessage(trailing);
    }

    @Override
    public int code() {
        return CommandCode.SYNC_NEXT_MESSAGE.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.bytes(trailing);
    }
}
