package org.meshbridge.protocol.companion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Cuts a serial/TCP byte stream into companion frames ({@code marker | len u16 LE | frame}). Feed it chunks
 * as they arrive; it hands out each complete frame (without header) and keeps at most one header and one
 * MAX_FRAME_SIZE body, whatever the input.
 *
 * <p>{@link #deviceEnd()} reads app→radio frames exactly as the firmware's TCP server
 * ({@code SerialWifiInterface::checkRecvFrame}) does. It never scans: every 3 bytes it reads are a header.
 * A header whose type byte or length is 0 is dropped on its own (the next 3 bytes are the next header);
 * a frame longer than 176 bytes or whose type byte is not {@code '<'} is skipped whole, by its length; so is
 * a radio→app frame echoed back. The USB serial firmware ({@code ArduinoSerialInterface}) differs: it scans for
 * {@code '<'} and delivers an oversized frame truncated to 176 bytes; we skip it, as the TCP server does.
 *
 * <p>{@link #appEnd()} reads radio→app frames and resynchronises by scanning, like meshcore.js: bytes before a
 * {@code '>'} are discarded, and a header with length 0 or over 176 is taken for noise, so scanning resumes
 * at the byte after its marker. meshcore.js instead waits for however many bytes a bogus length announces, and
 * also accepts {@code '<'} as a marker; the firmware never sends either, so neither is needed here.
 */
public final class CompanionFrameDeframer {

    private enum State { SCAN, HEADER, BODY, SKIP }

    private final boolean deviceEnd;
    private final int marker;
    private final byte[] header = new byte[CompanionConstants.HEADER_BYTES];
    private final byte[] body = new byte[CompanionConstants.MAX_FRAME_SIZE];
    private State state;
    private int headerLen;
    private int bodyLen;
    private int bodyFill;
    private int skipLeft;
    private long droppedFrames;
    private long discardedBytes;

    private CompanionFrameDeframer(boolean deviceEnd, FrameDirection direction) {
        this.deviceEnd = deviceEnd;
        this.marker = direction.marker();
        reset();
    }

    /** Reads app→radio ({@code '<'}) frames the way the firmware's TCP server does. */
    public static CompanionFrameDeframer deviceEnd() {
        return new CompanionFrameDeframer(true, FrameDirection.APP_TO_RADIO);
    }

    /** Reads radio→app ({@code '>'}) frames, resynchronising by scanning for the marker. */
    public static CompanionFrameDeframer appEnd() {
        return new CompanionFrameDeframer(false, FrameDirection.RADIO_TO_APP);
    }

    /** Forgets any partial frame, as the firmware does when a new TCP client replaces the old one. */
    public void reset() {
        state = deviceEnd ? State.HEADER : State.SCAN;
        headerLen = 0;
        bodyLen = 0;
        bodyFill = 0;
        skipLeft = 0;
    }

    /** Feeds {@code chunk} and returns the frames it completed, in order. */
    public List<Bytes> feed(Bytes chunk) {
        List<Bytes> frames = new ArrayList<>();
        feed(chunk, frames::add);
        return frames;
    }

    /** Feeds {@code chunk}, handing each completed frame to {@code sink} in order. */
    public void feed(Bytes chunk, Consumer<Bytes> sink) {
        for (int i = 0; i < chunk.size(); i++) {
            accept(chunk.get(i), sink);
        }
    }

    /** Frames skipped whole, plus headers dropped as invalid or as noise. */
    public long droppedFrames() {
        return droppedFrames;
    }

    /** Bytes thrown away: skipped frames, dropped headers and noise between frames. */
    public long discardedBytes() {
        return discardedBytes;
    }

    private void accept(int b, Consumer<Bytes> sink) {
        switch (state) {
            case SCAN:
                if (b == marker) {
                    header[0] = (byte) b;
                    headerLen = 1;
                    state = State.HEADER;
                } else {
                    discardedBytes++;
                }
                break;
            case HEADER:
                header[headerLen++] = (byte) b;
                if (headerLen == CompanionConstants.HEADER_BYTES) {
                    headerLen = 0;
                    if (deviceEnd) {
                        deviceHeader();
                    } else {
                        appHeader(sink);
                    }
                }
                break;
            case BODY:
                body[bodyFill++] = (byte) b;
                if (bodyFill == bodyLen) {
                    state = deviceEnd ? State.HEADER : State.SCAN;
                    sink.accept(Bytes.of(body, 0, bodyLen));
                }
                break;
            default:
                discardedBytes++;
                if (--skipLeft == 0) {
                    state = State.HEADER;
                }
                break;
        }
    }

    /** {@code SerialWifiInterface}: drop an empty header, skip an oversized or foreign frame, else read it. */
    private void deviceHeader() {
        int type = header[0] & 0xFF;
        int length = announcedLength();
        if (type == 0 || length == 0) {
            droppedFrames++;
            discardedBytes += CompanionConstants.HEADER_BYTES;
        } else if (length > CompanionConstants.MAX_FRAME_SIZE || type != marker) {
            droppedFrames++;
            discardedBytes += CompanionConstants.HEADER_BYTES;
            skipLeft = length;
            state = State.SKIP;
        } else {
            startBody(length);
        }
    }

    /** Scanning reader: a length of 0 or over MAX_FRAME_SIZE means the marker was noise; rescan after it. */
    private void appHeader(Consumer<Bytes> sink) {
        int length = announcedLength();
        if (length == 0 || length > CompanionConstants.MAX_FRAME_SIZE) {
            droppedFrames++;
            discardedBytes++;
            state = State.SCAN;
            int lo = header[1] & 0xFF;
            int hi = header[2] & 0xFF;
            accept(lo, sink);
            accept(hi, sink);
        } else {
            startBody(length);
        }
    }

    private int announcedLength() {
        return (header[1] & 0xFF) | (header[2] & 0xFF) << 8;
    }

    private void startBody(int length) {
        bodyLen = length;
        bodyFill = 0;
        state = State.BODY;
    }
}
