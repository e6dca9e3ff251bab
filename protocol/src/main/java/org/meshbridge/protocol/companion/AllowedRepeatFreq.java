package org.meshbridge.protocol.companion;

import java.util.ArrayList;
import java.util.List;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_ALLOWED_REPEAT_FREQ}: the frequency ranges on which client repeat may be enabled, as
 * (lower_freq, upper_freq) pairs in kHz.
 *
 * @param ranges the ranges, in wire order
 */
public record AllowedRepeatFreq(List<Range> ranges) implements CompanionResponse {

    /** Range bytes on the wire. */
    private static final int RANGE_BYTES = 8;

    /**
     * One allowed range.
     *
     * @param lowerKhz lower_freq
     * @param upperKhz upper_freq
     */
    public record Range(long lowerKhz, long upperKhz) {
        public Range {
            Fields.u32(lowerKhz, "lowerKhz");
            Fields.u32(upperKhz, "upperKhz");
        }
    }

    public AllowedRepeatFreq {
        ranges = List.copyOf(ranges);
        if (1 + ranges.size() * RANGE_BYTES > CompanionConstants.MAX_FRAME_SIZE) {
            throw new IllegalArgumentException("too many ranges for one frame: " + ranges.size());
        }
    }

    /** Reads the body after the code byte. */
    public static AllowedRepeatFreq read(ByteReader r) throws MalformedFrameException {
        List<Range> ranges = new ArrayList<>(r.remaining() / RANGE_BYTES);
        while (r.hasRemaining()) {
            ranges.add(new Range(r.u32("lower_freq"), r.u32("upper_freq")));
        }
        return new AllowedRepeatFreq(ranges);
    }

    @Override
    public int code() {
        return ResponseCode.ALLOWED_REPEAT_FREQ.code();
    }

    @Override
    public void write(ByteWriter w) {
        for (Range range : ranges) {
            w.u32(range.lowerKhz()).u32(range.upperKhz());
        }
    }
}
