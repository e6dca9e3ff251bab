package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LivenessRulesTest {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final String HILL = "aa".repeat(32);
    static final String VALLEY = "bb".repeat(32);
    static final Duration STEP = Duration.ofSeconds(30);

    /** Repeaters that advertise every 10 minutes: late after 15, offline after 30. */
    static final LivenessConfig TEN_MINUTES = LivenessConfig.DEFAULT
            .withThresholds(1.5, 3.0, Duration.ofMinutes(1), Duration.ofMinutes(2))
            .withDamping(Duration.ofMinutes(30), LivenessConfig.FlapDamping.OFF)
            .withOverrides(List.of(new NodeOverride(NodeMatch.byId("aa"), Optional.empty(),
                    Optional.of(Duration.ofMinutes(10)), Optional.empty(), Optional.empty()),
                    new NodeOverride(NodeMatch.byName("valley"), Optional.empty(),
                            Optional.of(Duration.ofMinutes(10)), Optional.empty(), Optional.empty())));

    final List<Alert> alerts = new ArrayList<>();
    LivenessRules rules = new LivenessRules(TEN_MINUTES);
    Instant now = T0;

    void heard(String id, String name) {
        alerts.addAll(rules.heard(new NodeHeard(id, name, NodeRole.REPEATER, now, Optional.empty())));
    }

    void run(Duration d) {
        Instant end = now.plus(d);
        while (now.isBefore(end)) {
            now = now.plus(STEP);
            alerts.addAll(rules.evaluate(now));
        }
    }

    List<AlertKind> kinds() {
        return alerts.stream().map(Alert::kind).toList();
    }

    @Test
    void roleDefaultsAreTheFirmwaresAdvertTimers() {
        LivenessConfig c = LivenessConfig.DEFAULT;
        Thresholds repeater = c.thresholdsFor(HILL, "hill", NodeRole.REPEATER, Optional.empty());
        assertThat(repeater.monitored()).isTrue();
        assertThat(repeater.expectedInterval()).contains(Duration.ofHours(47));
        assertThat(repeater.offlineAfter()).isEqualTo(Duration.ofHours(141));
        assertThat(repeater.lateAfter()).isEqualTo(Duration.ofMinutes(47 * 90));
        assertThat(repeater.source()).isEqualTo("role");
        assertThat(c.thresholdsFor(HILL, "x", NodeRole.ROOM_SERVER, Optional.empty()).expectedInterval())
                .contains(Duration.ofHours(47));
        assertThat(c.thresholdsFor(HILL, "x", NodeRole.COMPANION, Optional.of(Duration.ofMinutes(5))).monitored()).isFalse();
        assertThat(c.thresholdsFor(HILL, "x", NodeRole.SENSOR, Optional.empty()).monitored())
                .as("sensors flood no adverts by default: nothing to expect until observed").isFalse();
        Thresholds sensor = c.thresholdsFor(HILL, "x", NodeRole.SENSOR, Optional.of(Duration.ofMinutes(2)));
        assertThat(sensor.monitored()).isTrue();
        assertThat(sensor.lateAfter()).as("floor min_late").isEqualTo(Duration.ofMinutes(5));
        assertThat(sensor.offlineAfter()).as("floor min_offline").isEqualTo(Duration.ofMinutes(10));
        assertThat(sensor.source()).isEqualTo("observed");
    }

    @Test
    void anOverrideWinsOverTheObservedInterval() {
        LivenessConfig c = LivenessConfig.DEFAULT.withOverrides(List.of(
                new NodeOverride(NodeMatch.byName("hill"), Optional.of(false), Optional.empty(), Optional.empty(),
                        Optional.of(Duration.ofHours(2))),
                new NodeOverride(NodeMatch.byId(HILL), Optional.empty(), Optional.of(Duration.ofHours(1)),
                        Optional.empty(), Optional.empty())));
        Thresholds byName = c.thresholdsFor(HILL, "hill", NodeRole.REPEATER, Optional.of(Duration.ofMinutes(2)));
        assertThat(byName.monitored()).as("first match wins").isFalse();
        assertThat(byName.offlineAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(byName.lateAfter()).isLessThan(Duration.ofHours(2));
        Thresholds byId = c.thresholdsFor(HILL, "other", NodeRole.REPEATER, Optional.of(Duration.ofMinutes(2)));
        assertThat(byId.expectedInterval()).contains(Duration.ofHours(1));
        assertThat(byId.offlineAfter()).isEqualTo(Duration.ofHours(3));
        assertThat(byId.source()).isEqualTo("override");
    }

    @Test
    void aSilentNodeIsAlertedOnceAfterItsThresholdAndRecoveredOnceWhenHeard() {
        heard(HILL, "hill");
        run(Duration.ofMinutes(29));
        assertThat(alerts).isEmpty();
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).isEqualTo(LivenessState.LATE);

        run(Duration.ofHours(3));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.NODE_SILENT);
            assertThat(a.subject()).isEqualTo(HILL);
            assertThat(a.at()).isBetween(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofMinutes(30)).plus(STEP));
            assertThat(a.reason()).startsWith("hill: not heard for 30m").contains("advert interval 10m, override");
        });
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).isEqualTo(LivenessState.OFFLINE);

        heard(HILL, "hill");
        run(Duration.ofMinutes(5));
        assertThat(kinds()).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(alerts.get(1).at()).isEqualTo(now.minus(Duration.ofMinutes(5)));
        assertThat(alerts.get(1).reason()).isEqualTo("hill: heard again after 3h 29m of silence");
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).isEqualTo(LivenessState.ONLINE);
    }

    @Test
    void lateIsAlertedOnlyWhenAskedAndThenEscalatesWithoutCooldown() {
        rules = new LivenessRules(new LivenessConfig(TEN_MINUTES.roles(), 1.5, 3.0, Duration.ofMinutes(1),
                Duration.ofMinutes(2), true, Duration.ofHours(5), LivenessConfig.FlapDamping.OFF,
                LivenessConfig.BatteryPolicy.OFF, TEN_MINUTES.overrides(), List.of(), STEP, Duration.ZERO));
        heard(HILL, "hill");
        run(Duration.ofMinutes(40));
        heard(HILL, "hill");
        assertThat(kinds()).containsExactly(AlertKind.NODE_LATE, AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
    }

    @Test
    void aSecondSilenceWithinTheCooldownIsAlertedWhenTheCooldownEnds() {
        rules = new LivenessRules(TEN_MINUTES.withDamping(Duration.ofHours(1), LivenessConfig.FlapDamping.OFF));
        heard(HILL, "hill");
        run(Duration.ofMinutes(31));
        Instant firstAlert = alerts.get(0).at();
        heard(HILL, "hill");
        run(Duration.ofMinutes(45));
        assertThat(kinds()).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        run(Duration.ofMinutes(20));
        assertThat(kinds()).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT);
        assertThat(alerts.get(2).at()).as("offline at +61m, held by the 1 h cooldown from %s", firstAlert)
                .isEqualTo(firstAlert.plus(Duration.ofHours(1)));
    }

    @Test
    void aMaintenanceWindowHoldsAlertsAndReleasesThoseStillTrueWhenItEnds() {
        MaintenanceWindow hillWork = new MaintenanceWindow(List.of(NodeMatch.byName("hill")),
                new MaintenanceWindow.Once(T0.plus(Duration.ofMinutes(20)), T0.plus(Duration.ofHours(2))));
        rules = new LivenessRules(TEN_MINUTES.withMaintenance(List.of(hillWork)));
        heard(HILL, "hill");
        heard(VALLEY, "valley");
        run(Duration.ofMinutes(90));
        assertThat(alerts).as("only valley, not covered").extracting(Alert::subject).containsExactly(VALLEY);
        assertThat(rules.liveness(HILL, now).orElseThrow().maintenance()).isTrue();
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).isEqualTo(LivenessState.OFFLINE);

        run(Duration.ofMinutes(40));
        assertThat(alerts).filteredOn(a -> a.subject().equals(HILL)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.NODE_SILENT);
            assertThat(a.at()).isEqualTo(T0.plus(Duration.ofHours(2)));
        });
    }

    @Test
    void aNodeThatComesBackInsideItsWindowRaisesNothing() {
        rules = new LivenessRules(TEN_MINUTES.withMaintenance(List.of(new MaintenanceWindow(List.of(),
                new MaintenanceWindow.Once(T0, T0.plus(Duration.ofHours(1)))))));
        heard(HILL, "hill");
        run(Duration.ofMinutes(50));
        heard(HILL, "hill");
        run(Duration.ofMinutes(20));
        assertThat(alerts).isEmpty();
    }

    @Test
    void aDailyWindowMayRunPastMidnight() {
        MaintenanceWindow.Daily nightly = new MaintenanceWindow.Daily(EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(23, 0), LocalTime.of(2, 0), ZoneOffset.UTC);
        Instant sunday = Instant.parse("2025-01-05T00:00:00Z");
        assertThat(nightly.covers(sunday.plus(Duration.ofHours(23)))).isTrue();
        assertThat(nightly.covers(sunday.plus(Duration.ofHours(25)))).as("Monday 01:00 belongs to Sunday's window").isTrue();
        assertThat(nightly.covers(sunday.plus(Duration.ofHours(26)))).isFalse();
        assertThat(nightly.covers(sunday.plus(Duration.ofHours(1)))).as("Sunday 01:00 belongs to Saturday's").isFalse();
        assertThat(nightly.covers(sunday.plus(Duration.ofHours(22)))).isFalse();
        assertThatThrownBy(() -> new MaintenanceWindow.Daily(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.NOON,
                ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlappingNodeIsDampedUntilItIsStableAndThenItsStateIsAlertedOnce() {
        rules = new LivenessRules(TEN_MINUTES.withDamping(Duration.ZERO,
                new LivenessConfig.FlapDamping(true, Duration.ofHours(1), 2.5, 1.0)));
        heard(HILL, "hill");
        for (int i = 0; i < 6; i++) {
            run(Duration.ofMinutes(31));
            heard(HILL, "hill");
        }
        assertThat(kinds()).as("penalty 1, 1.71, 2.19: three outages alerted; the fourth reaches 2.53 and is held")
                .containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT,
                        AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(rules.liveness(HILL, now).orElseThrow().damped()).isTrue();

        run(Duration.ofHours(4));
        assertThat(kinds()).as("offline for good: alerted once the penalty decayed below 1")
                .containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT,
                        AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED, AlertKind.NODE_SILENT);
        assertThat(rules.liveness(HILL, now).orElseThrow().damped()).isFalse();
    }

    @Test
    void whileTheBridgeIsDeafNothingIsAlertedAndSilenceResumesFairly() {
        heard(HILL, "hill");
        run(Duration.ofMinutes(20));
        rules.deaf(now);
        run(Duration.ofHours(2));
        assertThat(alerts).isEmpty();
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).as("frozen while deaf").isEqualTo(LivenessState.LATE);
        rules.hearing(now);
        run(Duration.ofMinutes(9));
        assertThat(alerts).as("20 of its 30 minutes were used before the bridge went deaf").isEmpty();
        run(Duration.ofMinutes(2));
        assertThat(kinds()).containsExactly(AlertKind.NODE_SILENT);
    }

    @Test
    void batteryAlertsUseHysteresisAndPreferPercent() {
        rules = new LivenessRules(new LivenessConfig(TEN_MINUTES.roles(), 1.5, 3.0, Duration.ofMinutes(1),
                Duration.ofMinutes(2), false, Duration.ZERO, LivenessConfig.FlapDamping.OFF,
                new LivenessConfig.BatteryPolicy(OptionalInt.of(3400), OptionalInt.of(20), 100, 5), List.of(), List.of(),
                STEP, Duration.ZERO));
        assertThat(rules.battery(HILL, BatteryReading.ofMillivolts(3000, now))).as("unknown node").isEmpty();
        heard(HILL, "hill");
        for (int mv : new int[] {3600, 3399, 3300, 3450, 3499, 3500, 3450, 3390}) {
            alerts.addAll(rules.battery(HILL, BatteryReading.ofMillivolts(mv, now)));
        }
        assertThat(alerts).extracting(Alert::kind)
                .containsExactly(AlertKind.BATTERY_LOW, AlertKind.BATTERY_OK, AlertKind.BATTERY_LOW);
        assertThat(alerts.get(0).reason()).isEqualTo("hill: battery 3399 mV, low below 20 % / 3400 mV");
        alerts.addAll(rules.battery(HILL, new BatteryReading(OptionalInt.of(3300), OptionalInt.of(60), now)));
        assertThat(alerts.get(3).kind()).as("percent wins when both are present").isEqualTo(AlertKind.BATTERY_OK);
    }

    @Test
    void anInputNotNewerThanTheLastChangesNothing() {
        heard(HILL, "hill");
        run(Duration.ofMinutes(31));
        alerts.addAll(rules.heard(new NodeHeard(HILL, "hill", NodeRole.REPEATER, T0, Optional.empty())));
        assertThat(kinds()).containsExactly(AlertKind.NODE_SILENT);
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).isEqualTo(LivenessState.OFFLINE);
    }

    @Test
    void unmonitoredNodesChangeStateButRaiseNoAlerts() {
        rules = new LivenessRules(LivenessConfig.DEFAULT);
        alerts.addAll(rules.heard(new NodeHeard(HILL, "alice", NodeRole.COMPANION, now, Optional.of(Duration.ofMinutes(5)))));
        run(Duration.ofMinutes(20));
        assertThat(alerts).isEmpty();
        assertThat(rules.liveness(HILL, now).orElseThrow().state()).isEqualTo(LivenessState.OFFLINE);
        assertThat(rules.liveness(HILL, now).orElseThrow().thresholds().monitored()).isFalse();
    }

    @Test
    void bridgeFaultsWaitForTheDelayAndRecoverOnce() {
        BridgeFaults faults = new BridgeFaults(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(faults.report("mqtt", "connection refused", T0)).isEmpty();
        assertThat(faults.clear("mqtt", "working again", T0.plusSeconds(30))).as("a blip").isEmpty();
        faults.report("mqtt", "connection refused", T0.plusSeconds(40));
        assertThat(faults.evaluate(T0.plusSeconds(90))).isEmpty();
        assertThat(faults.evaluate(T0.plusSeconds(100))).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AlertKind.BRIDGE_FAULT));
        assertThat(faults.evaluate(T0.plusSeconds(200))).isEmpty();
        assertThat(faults.clear("mqtt", "working again", T0.plusSeconds(300))).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("mqtt: working again after 4m 20s"));
        faults.report("mqtt", "timeout", T0.plusSeconds(310));
        assertThat(faults.evaluate(T0.plusSeconds(400))).as("cooldown from the alert at +100 s").isEmpty();
        assertThat(faults.evaluate(T0.plusSeconds(700))).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("mqtt: timeout (since 6m 30s)"));
    }
}
