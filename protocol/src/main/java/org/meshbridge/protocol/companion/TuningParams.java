package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_TUNING_PARAMS}: rx delay base and airtime factor, each ×1000.
 *
 * @param rxDelayBaseMilli rx
 * @param airtimeFactorMilli af
 */
public record TuningParams(long rxDelayBaseMilli, long airtimeFactorMilli) implements CompanionResponse {

    public TuningParams {
        Fields.u32(rxDelayBaseMilli, "rxDelayBaseMilli");
        Fields.u32(airtimeFactorMilli, "airtimeFactorMilli");
    }

    /** Reads the body after the code byte. */
    public static TuningParams read(ByteReader r) throws MalformedFrameException {
        long rxDelayBaseMilli = r.u32("rx");
        long airtimeFactorMilli = r.u32("af");
        return new TuningParams(rxDelayBaseMilli, airtimeFactorMilli);
    }

    @Override
    public int code() {
        return ResponseCode.TUNING_PARAMS.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u32(rxDelayBaseMilli);
        w.u32(airtimeFactorMilli);
    }
}
