package org.meshbridge.protocol.companion;

import java.util.OptionalInt;
import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_RADIO_PARAMS}: LoRa frequency, bandwidth, SF and CR, and (v9+) the client-repeat flag.
 * The firmware does not check the length; we require the 11 bytes it reads.
 *
 * @param frequencyKhz freq (MHz × 1000)
 * @param bandwidthHz bw (kHz × 1000)
 * @param spreadingFactor sf
 * @param codingRate cr
 * @param clientRepeat optional repeat flag (FIRMWARE_VER_CODE 9+)
 * @param trailing bytes the firmware ignores (only after clientRepeat)
 */
public record SetRadioParams(long frequencyKhz, long bandwidthHz, int spreadingFactor, int codingRate,
        OptionalInt clientRepeat, Bytes trailing) implements CompanionCommand {

    public SetRadioParams {
        Fields.u32(frequencyKhz, "frequencyKhz");
        Fields.u32(bandwidthHz, "bandwidthHz");
        Fields.u8(spreadingFactor, "spreadingFactor");
        Fields.u8(codingRate, "codingRate");
        Fields.u8(clientRepeat, "clientRepeat");
        Fields.any(trailing, "trailing");
        if (clientRepeat.isEmpty() && !trailing.isEmpty()) {
            throw new IllegalArgumentException("trailing bytes would be read as client_repeat");
        }
    }

    /** The form meshcore.js sends: no repeat flag. */
    public SetRadioParams(long frequencyKhz, long bandwidthHz, int spreadingFactor, int codingRate) {
        this(frequencyKhz, bandwidthHz, spreadingFactor, codingRate, OptionalInt.empty(), Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetRadioParams read(ByteReader r) throws MalformedFrameException {
        long freq = r.u32("freq");
        long bw = r.u32("bw");
        int sf = r.u8("sf");
        int cr = r.u8("cr");
        OptionalInt repeat = r.hasRemaining() ? OptionalInt.of(r.u8("repeat")) : OptionalInt.empty();
        return new SetRadioParams(freq, bw, sf, cr, repeat, r.rest());
    }

    @Override
    public int code() {
        return CommandCode.SET_RADIO_PARAMS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(frequencyKhz).u32(bandwidthHz).u8(spreadingFactor).u8(codingRate);
        clientRepeat.ifPresent(w::u8);
        w.bytes(trailing);
    }
}
