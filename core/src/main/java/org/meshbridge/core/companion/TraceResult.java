package org.meshbridge.core.companion;

import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * A trace that came back ({@code PUSH_CODE_TRACE_DATA}).
 *
 * @param tag the tag the app chose
 * @param authCode the auth code it sent
 * @param flags the trace flags (low 2 bits: hash size code)
 * @param hopHashes the hops it went along
 * @param snrs one SNR byte (quarter dB, signed) per hop, as the repeaters appended them
 * @param finalSnrQuarterDb the SNR this node heard the last hop with
 */
public record TraceResult(long tag, long authCode, int flags, Bytes hopHashes, Bytes snrs, int finalSnrQuarterDb) {

    public TraceResult {
        Objects.requireNonNull(hopHashes, "hopHashes");
        Objects.requireNonNull(snrs, "snrs");
    }
}
