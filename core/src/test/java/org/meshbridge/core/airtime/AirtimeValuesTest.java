package org.meshbridge.core.airtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;

class AirtimeValuesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void tenPercentOfAnHourIs360Seconds() {
        DutyCycleLimit eu = DutyCycleLimit.ofPercent(HOUR, 10);
        assertThat(eu.maxAirtime()).isEqualTo(Duration.ofSeconds(360));
        assertThat(eu.fraction()).isEqualTo(0.1);
        assertThat(DutyCycleLimit.ofPercent(HOUR, 1).maxAirtime()).isEqualTo(Duration.ofSeconds(36));
        assertThat(DutyCycleLimit.ofFraction(HOUR, 1.0).maxAirtime()).isEqualTo(HOUR);
    }

    @Test
    void theFirmwareAirtimeFactorGivesWindowOverOnePlusFactor() {
        assertThat(DutyCycleLimit.fromAirtimeFactor(1.0)).isEqualTo(new DutyCycleLimit(HOUR, Duration.ofMinutes(30)));
        assertThat(DutyCycleLimit.fromAirtimeFactor(9.0).maxAirtime()).isEqualTo(Duration.ofSeconds(360));
        assertThat(DutyCycleLimit.fromAirtimeFactor(0.0).maxAirtime()).isEqualTo(HOUR);
        assertThat(DutyCycleLimit.fromAirtimeFactor(2.0).maxAirtime()).isEqualTo(Duration.ofMillis(1_200_000));
    }

    @Test
    void rejectsImpossibleLimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DutyCycleLimit(Duration.ZERO, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new DutyCycleLimit(HOUR, HOUR.plusNanos(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> DutyCycleLimit.ofFraction(HOUR, 0.0));
        assertThatIllegalArgumentException().isThrownBy(() -> DutyCycleLimit.ofFraction(HOUR, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> DutyCycleLimit.fromAirtimeFactor(-0.5));
    }

    @Test
    void configDefaultsTurnInternetTrafficOff() {
        AirtimeConfig config = AirtimeConfig.of(DutyCycleLimit.ofPercent(HOUR, 10));
        assertThat(config.internetShare()).isZero();
        assertThat(config.internetMaxAirtime()).isZero();
        assertThat(config.maxQueueLength()).isEqualTo(64);
        assertThat(config.txTimeoutGrace()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.withInternetShare(0.3).internetMaxAirtime()).isEqualTo(Duration.ofSeconds(108));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withInternetShare(1.01));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withMaxQueueLength(0));
        assertThatIllegalArgumentException().isThrownBy(() -> config.withTxTimeoutGrace(Duration.ofMillis(-1)));
    }

    @Test
    void aRequestHoldsOneLoraFrameOf1To255Bytes() {
        assertThat(TxRequest.of(Bytes.zeros(255), TxPriority.FLOOD, TrafficOrigin.LOCAL).packet().size()).isEqualTo(255);
        assertThatIllegalArgumentException().isThrownBy(() -> TxRequest.of(Bytes.zeros(256), TxPriority.FLOOD, TrafficOrigin.LOCAL));
        assertThatIllegalArgumentException().isThrownBy(() -> TxRequest.of(Bytes.EMPTY, TxPriority.FLOOD, TrafficOrigin.LOCAL));
    }

    @Test
    void aDeadlineMeansStartStrictlyBefore() {
        Instant deadline = Instant.parse("2025-01-01T00:00:10Z");
        TxRequest request = TxRequest.of(Bytes.zeros(10), TxPriority.FLOOD, TrafficOrigin.LOCAL).withDeadline(deadline);
        assertThat(request.isExpiredAt(deadline.minusNanos(1))).isFalse();
        assertThat(request.isExpiredAt(deadline)).isTrue();
        assertThat(TxRequest.of(Bytes.zeros(10), TxPriority.FLOOD, TrafficOrigin.LOCAL).isExpiredAt(Instant.MAX)).isFalse();
    }

    @Test
    void prioritiesRankAckThenDirectThenFloodThenAdvert() {
        assertThat(Arrays.stream(TxPriority.values()).mapToInt(TxPriority::rank)).containsExactly(0, 1, 2, 3);
        assertThat(TxPriority.ACK.isMoreUrgentThan(TxPriority.DIRECT)).isTrue();
        assertThat(TxPriority.FLOOD.isMoreUrgentThan(TxPriority.FLOOD)).isFalse();
        assertThat(TxPriority.ADVERT.isMoreUrgentThan(TxPriority.FLOOD)).isFalse();
    }
}
