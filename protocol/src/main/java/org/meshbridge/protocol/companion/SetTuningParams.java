package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code CMD_SET_TUNING_PARAMS}: rx delay base and airtime factor, each ×1000. The firmware does not check the
 * length; we require the 9 bytes it reads. Bytes after the last field are ignored by the firmware and kept in
 * {@code trailing} so the frame re-encodes.
 *
 * @param rxDelayBaseMilli rx
 * @param airtimeFactorMilli af
 * @param trailing trailing
 */
public record SetTuningParams(long rxDelayBaseMilli, long airtimeFactorMilli, Bytes trailing) implements CompanionCommand {

    public SetTuningParams {
        Fields.u32(rxDelayBaseMilli, "rxDelayBaseMilli");
        Fields.u32(airtimeFactorMilli, "airtimeFactorMilli");
        Fields.any(trailing, "trailing");
    }

    /** With the defaults the firmware writes (no trailing bytes). */
    public SetTuningParams(long rxDelayBaseMilli, long airtimeFactorMilli) {
        this(rxDelayBaseMilli, airtimeFactorMilli, Bytes.EMPTY);
    }

    /** Reads the body after the code byte. */
    public static SetTuningParams read(ByteReader r) throws MalformedFrameException {
        long rxDelayBaseMilli = r.u32("rx");
        long airtimeFactorMilli = r.u32("af");
        Bytes trailing = r.rest();
        return new SetTuningParams(rxDelayBaseMilli, airtimeFactorMilli, trailing);
    }

    @Override
    public int code() {
        return CommandCode.SET_TUNING_PARAMS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(rxDelayBaseMilli);
        w.u32(airtimeFactorMilli);
        w.bytes(trailing);
    }
}
