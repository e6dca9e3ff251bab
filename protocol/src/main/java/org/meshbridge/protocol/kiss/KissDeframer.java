package org.meshbridge.protocol.kiss;

import static org.meshbridge.protocol.kiss.KissConstants.FEND;
import static org.meshbridge.protocol.kiss.KissConstants.FESC;
import static org.meshbridge.protocol.kiss.KissConstants.TFEND;
import static org.meshbridge.protocol.kiss.KissConstants.TFESC;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * Splits a KISS byte stream, fed in chunks of any size, into decoded frames. Not thread-safe: feed
 * it from one reader.
 *
 * <p>Like the modem ({@code KissModem::loop}) it ignores bytes before the first FEND, treats every
 * FEND as the end of one frame and the start of the next, skips empty frames, and holds at most
 * 512 unescaped bytes: a longer frame is dropped and reading resumes at the next FEND. Unlike the
 * modem, which silently skips a FESC followed by anything but TFEND or TFESC and keeps the frame,
 * we drop that frame, since its content is corrupt. Dropped frames, and frames that do not
 * {@linkplain KissFrame#decode decode}, go to {@link Listener#onDropped} and are counted by reason;
 * {@link #feed} itself never throws for any input.
 */
public final class KissDeframer {

    /** Receives what the deframer finds. Exceptions it throws propagate out of {@link #feed}. */
    public interface Listener {
        void onFrame(KissFrame frame);

        /** A frame was discarded; the stream continues at the next FEND. */
        void onDropped(MalformedFrameException error);
    }

    private final Listener listener;
    private final byte[] buffer = new byte[KissConstants.MAX_FRAME_BYTES];
    private final Map<Reason, Long> drops = new EnumMap<>(Reason.class);
    private int length;
    private boolean inFrame;
    private boolean escaped;
    private boolean discarding;
    private long framesDecoded;

    public KissDeframer(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    public void feed(Bytes chunk) {
        feed(chunk.toArray());
    }

    public void feed(byte[] chunk, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, chunk.length);
        for (int i = offset; i < offset + count; i++) {
            accept(chunk[i] & 0xFF);
        }
    }

    private void accept(int b) {
        if (b == FEND) {
            endFrame();
        } else if (!inFrame || discarding) {
            return; // before the first FEND, or the rest of a dropped frame
        } else if (escaped) {
            escaped = false;
            if (b == TFEND) {
                append(FEND);
            } else if (b == TFESC) {
                append(FESC);
            } else {
                drop(Reason.BAD_VALUE, "FESC followed by " + Integer.toHexString(b) + " at byte " + length);
            }
        } else if (b == FESC) {
            escaped = true;
        } else {
            append(b);
        }
    }

    private void append(int b) {
        if (length == buffer.length) {
            drop(Reason.TOO_LONG, "KISS frame exceeds " + buffer.length + " bytes before escaping");
        } else {
            buffer[length++] = (byte) b;
        }
    }

    private void endFrame() {
        boolean complete = inFrame && !discarding && length > 0;
        boolean danglingEscape = escaped && !discarding;
        Bytes frame = complete ? Bytes.of(buffer, 0, length) : null;
        length = 0;
        inFrame = true;
        escaped = false;
        discarding = false;
        if (danglingEscape) {
            count(new MalformedFrameException(Reason.BAD_VALUE, "FESC followed by FEND"));
        } else if (frame != null) {
            emit(frame);
        }
    }

    private void emit(Bytes unescaped) {
        KissFrame frame;
        try {
            frame = KissFrame.decode(unescaped);
        } catch (MalformedFrameException e) {
            count(e);
            return;
        }
        framesDecoded++;
        listener.onFrame(frame);
    }

    private void drop(Reason reason, String detail) {
        discarding = true;
        escaped = false;
        length = 0;
        count(new MalformedFrameException(reason, detail));
    }

    private void count(MalformedFrameException e) {
        drops.merge(e.reason(), 1L, Long::sum);
        listener.onDropped(e);
    }

    /** Frames decoded and handed to the listener so far. */
    public long framesDecoded() {
        return framesDecoded;
    }

    /** Frames dropped so far for {@code reason}. */
    public long framesDropped(Reason reason) {
        return drops.getOrDefault(reason, 0L);
    }

    /** Frames dropped so far, for any reason. */
    public long framesDropped() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Unescaped bytes of the frame in progress; never more than 512. */
    public int bufferedBytes() {
        return length;
    }
}
