package org.meshbridge.protocol.companion;

import java.util.function.Consumer;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/** What every companion frame shares: one code byte, a body, at most MAX_FRAME_SIZE bytes. */
final class FrameCodec {

    private FrameCodec() {
    }

    /** The frame {@code code | body}; refuses a frame the firmware's {@code writeFrame} would not send. */
    static Bytes encode(int code, Consumer<ByteWriter> body) {
        ByteWriter w = new ByteWriter(CompanionConstants.MAX_FRAME_SIZE);
        w.u8(code);
        body.accept(w);
        if (w.size() > CompanionConstants.MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("frame of " + w.size() + " bytes exceeds MAX_FRAME_SIZE "
                    + CompanionConstants.MAX_FRAME_SIZE);
        }
        return w.toBytes();
    }

    /** A reader over {@code frame} after checking its size. */
    static ByteReader open(Bytes frame, String direction) throws MalformedFrameException {
        if (frame.isEmpty()) {
            throw new MalformedFrameException(Reason.TRUNCATED, direction + " frame is empty");
        }
        if (frame.size() > CompanionConstants.MAX_FRAME_SIZE) {
            throw new MalformedFrameException(Reason.TOO_LONG, direction + " frame of " + frame.size()
                    + " bytes exceeds MAX_FRAME_SIZE " + CompanionConstants.MAX_FRAME_SIZE);
        }
        return frame.reader();
    }
}
