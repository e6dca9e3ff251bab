package org.meshbridge.core.radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.battery.BatteryPollConfig;
import org.meshbridge.core.battery.BatteryPollStats;
import org.meshbridge.core.battery.BatteryPoller;
import org.meshbridge.core.battery.BatteryReports;
import org.meshbridge.core.battery.PollState;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.NodeMatch;

/**
 * Issue 8's battery source on the simulated mesh and the virtual clock: the bridge's node polls a
 * firmware-like repeater (login, then GET_STATUS) and the reading reaches the {@code NodeRegistry},
 * where the liveness rules raise BATTERY_LOW and BATTERY_OK.
 */
class BatteryPollScenarioIT {

    private static final long SEED = 81;
    private static final SimRepeater.Settings NEW_INSTALL = new SimRepeater.Settings(Duration.ofSeconds(16),
            Duration.ofMinutes(2), Duration.ZERO);
    private static final Duration EVERY = Duration.ofHours(6);

    /** The bridge, its registry and monitor, a repeater "hill" next to it, and the poller asking it. */
    private static final class Setup {
        final BridgeHarness h = new BridgeHarness(SEED, false);
        final LivenessScenarioIT.Watch w = new LivenessScenarioIT.Watch(h.mesh.scheduler, h.node, LivenessConfig.DEFAULT);
        final SimRepeater hill = new SimRepeater("hill", SimIdentities.derive("hill", SEED), h.mesh.air,
                new SplittableRandom(SEED), NEW_INSTALL);
        final BatteryReports reports = new BatteryReports(w.registry, h.mesh.scheduler);
        final BatteryPoller poller;

        Setup(Optional<String> password) {
            h.mesh.air.setLinks("hill", BridgeHarness.BRIDGE, LinkQuality.good());
            hill.start();
            poller = new BatteryPoller(h.node, h.mesh.scheduler, w.registry, SimIdentities.derive("poller", SEED),
                    new BatteryPollConfig(EVERY, List.of(NodeMatch.byName("hill")), password), reports,
                    new SplittableRandom(SEED));
            poller.start();
        }

        void run(Duration d) {
            h.mesh.run(d);
        }

        Optional<Integer> millivolts() {
            return w.node("hill").battery().flatMap(b -> b.millivolts().isPresent()
                    ? Optional.of(b.millivolts().getAsInt()) : Optional.empty());
        }

        PollState state() {
            return poller.state(hill.identity().publicKey().hex()).orElseThrow();
        }
    }

    @Test
    void aPolledRepeatersBatteryReachesTheRegistryOncePerInterval() {
        Setup s = new Setup(Optional.empty());
        s.hill.setBatteryMillivolts(4_012);
        s.run(Duration.ofMinutes(3));
        assertThat(s.millivolts()).as("a blank password logs in as guest on a default repeater").contains(4_012);
        BatteryReading reading = s.w.node("hill").battery().orElseThrow();
        assertThat(reading.reportedAt()).isAfter(Instant.EPOCH);
        assertThat(s.poller.stats()).isEqualTo(new BatteryPollStats(1, 1, 0));
        assertThat(s.reports.stats().reported()).isEqualTo(1);
        assertThat(s.hill.requestsAnswered()).isEqualTo(1);
        assertThat(s.state().failures()).isZero();

        s.hill.setBatteryMillivolts(3_990);
        s.run(EVERY);
        assertThat(s.millivolts()).contains(3_990);
        assertThat(s.poller.stats().answered()).isEqualTo(2);
        assertThat(s.poller.stats().polls()).as("one poll per 6 hours (a retry if a packet was lost)").isBetween(2L, 3L);
    }

    @Test
    void aLowBatteryIsAlertedOnceAndItsRecoveryAboveTheHysteresisOnce() {
        Setup s = new Setup(Optional.empty());
        s.hill.setBatteryMillivolts(3_900);
        s.run(Duration.ofMinutes(3));
        s.hill.setBatteryMillivolts(3_350);
        s.run(EVERY);
        s.hill.setBatteryMillivolts(3_300);
        s.run(EVERY);
        assertThat(s.w.kinds("hill")).as("low once, though read low twice").containsExactly(AlertKind.BATTERY_LOW);
        assertThat(s.w.node("hill").batteryLow()).isTrue();

        s.hill.setBatteryMillivolts(3_450);
        s.run(EVERY);
        assertThat(s.millivolts()).contains(3_450);
        assertThat(s.w.kinds("hill")).as("3450 mV is above 3400 but within the 100 mV hysteresis")
                .containsExactly(AlertKind.BATTERY_LOW);

        s.hill.setBatteryMillivolts(3_520);
        s.run(EVERY);
        s.run(EVERY);
        assertThat(s.w.kinds("hill")).containsExactly(AlertKind.BATTERY_LOW, AlertKind.BATTERY_OK);
        assertThat(s.w.node("hill").batteryLow()).isFalse();
    }

    @Test
    void laterPollsTrustTheLoginAndOneTheNodeForgotIsRenewedAtOnceWithoutBackoff() {
        Setup s = new Setup(Optional.empty());
        s.run(Duration.ofMinutes(3));
        s.run(EVERY);
        assertThat(s.poller.stats().answered()).isEqualTo(2);
        assertThat(s.hill.loginsAnswered()).as("the second poll is the request alone: two packets, not four").isEqualTo(1);
        assertThat(s.hill.requestsAnswered()).isEqualTo(2);

        s.hill.forgetClients();
        s.hill.setBatteryMillivolts(3_900);
        s.run(EVERY);
        assertThat(s.millivolts()).as("the ignored request is followed by a login at the next look").contains(3_900);
        assertThat(s.hill.loginsAnswered()).isEqualTo(2);
        assertThat(s.poller.stats()).isEqualTo(new BatteryPollStats(4, 3, 1));
        assertThat(s.state().failures()).as("a forgotten login is not the node's failure").isZero();
        assertThat(Duration.between(s.state().lastAnswer().orElseThrow(), s.h.mesh.scheduler.now()))
                .as("renewed within minutes, not after a 10-minute backoff").isLessThan(EVERY.minus(Duration.ofMinutes(3)));
    }

    @Test
    void aNodeThatDoesNotAnswerIsRetriedWithBackoffAndCounted() {
        Setup s = new Setup(Optional.of("wrong"));
        s.hill.setPasswords("admin-secret", "guest-secret");
        s.run(Duration.ofMinutes(3));
        assertThat(s.poller.stats()).as("a wrong password gets no answer from the firmware")
                .isEqualTo(new BatteryPollStats(1, 0, 1));
        PollState first = s.state();
        assertThat(first.failures()).isEqualTo(1);
        assertThat(first.lastAnswer()).isEmpty();
        Instant failedAt = first.nextPoll().minus(BatteryPoller.FIRST_RETRY);

        s.run(Duration.ofMinutes(12));
        PollState second = s.state();
        assertThat(second.failures()).isEqualTo(2);
        assertThat(Duration.between(failedAt, second.nextPoll()))
                .as("retried 10 min after the first failure, then waits 20 min")
                .isBetween(Duration.ofMinutes(30), Duration.ofMinutes(32));

        s.run(Duration.ofHours(48));
        BatteryPollStats stats = s.poller.stats();
        assertThat(stats.answered()).isZero();
        assertThat(stats.noReply()).isEqualTo(stats.polls());
        assertThat(stats.polls()).as("10, 20, 40 ... min, then every 24 h (4 × every): far fewer than one a minute")
                .isBetween(8L, 10L);
        assertThat(s.millivolts()).isEmpty();
        assertThat(s.hill.requestsAnswered()).isZero();
    }

    @Test
    void anAnswerAfterFailuresResetsTheBackoff() {
        Setup s = new Setup(Optional.of("guest-secret"));
        s.hill.setPasswords("admin-secret", "guest-secret");
        s.run(Duration.ofSeconds(20));
        s.hill.setRunning(false);
        s.run(Duration.ofMinutes(15));
        assertThat(s.state().failures()).as("at 1 and 12 min").isEqualTo(2);
        s.hill.setRunning(true);
        s.run(Duration.ofMinutes(30));
        assertThat(s.state().failures()).isZero();
        assertThat(s.state().lastAnswer()).isPresent();
        assertThat(s.millivolts()).contains(4_150);
    }
}
