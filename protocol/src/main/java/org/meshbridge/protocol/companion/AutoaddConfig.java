package org.meshbridge.protocol.companion;

import org.meshbridge.protocol.bytes.ByteReader;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code RESP_CODE_AUTOADD_CONFIG}: the auto-add bitmask and hop limit.
 *
 * @param config autoadd_config
 * @param maxHops autoadd_max_hops
 */
public record AutoaddConfig(int config, int maxHops) implements CompanionResponse {

    public AutoaddConfig {
        Fields.u8(config, "config");
        Fields.u8(maxHops, "maxHops");
    }

    /** Reads the body after the code byte. */
    public static AutoaddConfig read(ByteReader r) throws MalformedFrameException {
        int config = r.u8("autoadd_config");
        int maxHops = r.u8("autoadd_max_hops");
        return new AutoaddConfig(config, maxHops);
    }

    @Override
    public int code() {
        return ResponseCode.AUTOADD_CONFIG.code();
    }

    @Override
    public void write(ByteWriter w) {
        w.u8(config);
        w.u8(maxHops);
    }
}
