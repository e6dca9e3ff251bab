package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SEND_SELF_ADVERT}: sends the node's advert; flooded when byte 1 is 1, zero-hop when it is
 * anything else or absent.
 *
 * @param mode byte 1 when present (1 = flood)
 * @param trailing bytes the firmware ignores (only after mode)
 */
public record SendSelfAdvert(OptionalInt mode, Bytes trailing) implements CompanionCommand {

    private static final int FLOOD = 1;

    public SendSelfAdvert {
        Fields.u8(mode, "mode");
        Fields.any(trailing, "trailing");
        if (mode.isEmpty() && !trailing.isEmpty()) {
            throw new IllegalArgumentException("trailing bytes would be read as mode");
        }
    }

    /** A flood advert ({@code 07 01}). */
    public static SendSelfAdvert flood() {
        return new SendSelfAdvert(OptionalInt.of(FLOOD), Bytes.EMPTY);
    }

    /** A zero-hop advert ({@code 07 00}). */
    public static SendSelfAdvert zeroHop() {
        return new SendSelfAdvert(OptionalInt.of(0), Bytes.EMPTY);
    }

    /** Whether the firmware floods this advert. */
    public boolean isFlood() {
        return mode.isPresent() && mode.getAsInt() == FLOOD;
    }

    /** Reads the body after the code byte. */
    public static SendSelfAdvert read(ByteReader r) throws MalformedFrameException {
        OptionalInt mode = r.hasRemaining() ? OptionalInt.of(r.u8("mode")) : OptionalInt.empty();
        return new SendSelfAdvert(mode, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SEND_SELF_ADVERT.code();
    }

    @Override
    public void write(ByteWriter w) {
        mode.ifPresent(w::u8);
        w.bytes(trailing);
    }
}
