package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.RadioParameters;

class AirtimeEstimatorTest {

    @Test
    void loraEstimatorUsesTheFirmwarePreambleForTheLinksSettings() {
        // MeshCore default SF8/62.5 kHz/CR 4/5 with the 32-symbol preamble: a 6-byte ACK takes
        // 222.208 ms (worked out step by step in the protocol module's TimeOnAirTest).
        AirtimeEstimator estimator = AirtimeEstimator.lora(RadioParameters.MESHCORE_DEFAULT);
        assertThat(estimator.timeOnAir(6)).isEqualTo(Duration.ofNanos(222_208_000));
        assertThat(estimator.timeOnAir(255)).isEqualTo(Duration.ofNanos(1_512_448_000));
    }
}
