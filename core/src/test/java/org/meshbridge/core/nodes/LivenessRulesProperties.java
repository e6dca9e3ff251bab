package org.meshbridge.core.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random heard/silence/deaf/battery sequences for three nodes against random rule settings
 * (jqwik prints the seed and shrinks on failure): alerts alternate per node, never come while the
 * bridge is deaf or inside a maintenance window, never come before the node's offline threshold or
 * inside the cooldown, and a node still silent at the end has its silence alerted (held, not lost).
 */
class LivenessRulesProperties {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final List<String> IDS = List.of("01".repeat(32), "02".repeat(32), "03".repeat(32));
    static final Duration STEP = Duration.ofSeconds(30);
    /** Interval 10 min for every node: late after 15, offline after 30. */
    static final Duration OFFLINE = Duration.ofMinutes(30);

    sealed interface Step {
    }

    record Heard(int node, int waitSeconds) implements Step {
    }

    record Wait(int seconds) implements Step {
    }

    record Deaf() implements Step {
    }

    record Hearing() implements Step {
    }

    record Battery(int node, int millivolts) implements Step {
    }

    record Settings(boolean alertOnLate, int cooldownMinutes, boolean damping, int windowStartMinutes,
                    int windowMinutes, boolean windowForAll) {
    }

    @Property(tries = 300)
    void alertsAlternateAndRespectEveryHold(@ForAll("settings") Settings settings, @ForAll("steps") List<Step> steps) {
        LivenessConfig config = config(settings);
        LivenessRules rules = new LivenessRules(config);
        Map<String, Instant> lastHeard = new HashMap<>();
        Map<String, AlertKind> lastSilence = new HashMap<>();
        Map<String, AlertKind> lastBattery = new HashMap<>();
        Map<String, Instant> lastOpening = new HashMap<>();
        Instant[] now = {T0};
        boolean[] deaf = {false};
        List<Alert> all = new ArrayList<>();
        java.util.function.Consumer<List<Alert>> check = alerts -> {
            for (Alert a : alerts) {
                all.add(a);
                assertThat(deaf[0]).as("no alert while deaf: %s", a).isFalse();
                assertThat(config.maintenance().stream().anyMatch(w -> w.covers(a.subject(), "n", a.at())))
                        .as("no alert in a maintenance window: %s", a).isFalse();
                switch (a.kind()) {
                    case NODE_SILENT, NODE_LATE -> {
                        AlertKind prev = lastSilence.get(a.subject());
                        assertThat(prev == null || prev == AlertKind.NODE_RECOVERED
                                || (prev == AlertKind.NODE_LATE && a.kind() == AlertKind.NODE_SILENT))
                                .as("%s after %s", a, prev).isTrue();
                        if (a.kind() == AlertKind.NODE_SILENT) {
                            assertThat(Duration.between(lastHeard.get(a.subject()), a.at())).isGreaterThanOrEqualTo(OFFLINE);
                        }
                        if (prev != AlertKind.NODE_LATE) {
                            Instant opened = lastOpening.get(a.subject());
                            assertThat(opened == null || !a.at().isBefore(opened.plus(config.cooldown())))
                                    .as("cooldown: %s after %s", a, opened).isTrue();
                            lastOpening.put(a.subject(), a.at());
                        }
                        lastSilence.put(a.subject(), a.kind());
                    }
                    case NODE_RECOVERED -> {
                        AlertKind prev = lastSilence.get(a.subject());
                        assertThat(prev == AlertKind.NODE_SILENT || prev == AlertKind.NODE_LATE).as("%s after %s", a, prev).isTrue();
                        lastSilence.put(a.subject(), a.kind());
                    }
                    case BATTERY_LOW -> {
                        assertThat(lastBattery.get(a.subject())).isNotEqualTo(AlertKind.BATTERY_LOW);
                        lastBattery.put(a.subject(), a.kind());
                    }
                    case BATTERY_OK -> {
                        assertThat(lastBattery.get(a.subject())).isEqualTo(AlertKind.BATTERY_LOW);
                        lastBattery.put(a.subject(), a.kind());
                    }
                    default -> throw new AssertionError("unexpected " + a);
                }
            }
        };
        java.util.function.IntConsumer advance = seconds -> {
            Instant end = now[0].plusSeconds(seconds);
            while (now[0].isBefore(end)) {
                now[0] = now[0].plus(STEP).isAfter(end) ? end : now[0].plus(STEP);
                check.accept(rules.evaluate(now[0]));
            }
        };
        for (Step step : steps) {
            if (step instanceof Heard h) {
                advance.accept(h.waitSeconds());
                if (!deaf[0]) {
                    String id = IDS.get(h.node());
                    lastHeard.put(id, now[0]);
                    check.accept(rules.heard(new NodeHeard(id, "n", NodeRole.REPEATER, now[0], Optional.empty())));
                }
            } else if (step instanceof Wait w) {
                advance.accept(w.seconds());
            } else if (step instanceof Deaf) {
                deaf[0] = true;
                rules.deaf(now[0]);
            } else if (step instanceof Hearing) {
                deaf[0] = false;
                rules.hearing(now[0]);
            } else if (step instanceof Battery b && !deaf[0]) {
                check.accept(rules.battery(IDS.get(b.node()), BatteryReading.ofMillivolts(b.millivolts(), now[0])));
            }
        }
        deaf[0] = false;
        rules.hearing(now[0]);
        advance.accept((int) Duration.ofDays(2).toSeconds());
        for (String id : lastHeard.keySet()) {
            assertThat(rules.liveness(id, now[0]).orElseThrow().state()).isEqualTo(LivenessState.OFFLINE);
            assertThat(lastSilence.get(id)).as("%s silent at the end: its silence was alerted; all %s", id, all)
                    .isEqualTo(AlertKind.NODE_SILENT);
        }
    }

    static LivenessConfig config(Settings s) {
        List<NodeOverride> overrides = IDS.stream().map(id -> new NodeOverride(NodeMatch.byId(id), Optional.empty(),
                Optional.of(Duration.ofMinutes(10)), Optional.empty(), Optional.empty())).toList();
        Instant from = T0.plus(Duration.ofMinutes(s.windowStartMinutes()));
        MaintenanceWindow window = new MaintenanceWindow(s.windowForAll() ? List.of() : List.of(NodeMatch.byId(IDS.get(0))),
                new MaintenanceWindow.Once(from, from.plus(Duration.ofMinutes(s.windowMinutes()))));
        return new LivenessConfig(LivenessConfig.FIRMWARE_ROLE_DEFAULTS, 1.5, 3.0, Duration.ofMinutes(1),
                Duration.ofMinutes(2), s.alertOnLate(), Duration.ofMinutes(s.cooldownMinutes()),
                s.damping() ? new LivenessConfig.FlapDamping(true, Duration.ofHours(1), 2.5, 1.0)
                        : LivenessConfig.FlapDamping.OFF,
                new LivenessConfig.BatteryPolicy(OptionalInt.of(3400), OptionalInt.empty(), 100, 0), overrides,
                List.of(window), STEP, Duration.ZERO);
    }

    @Provide
    Arbitrary<Settings> settings() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 180),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 600), Arbitraries.integers().between(1, 240),
                Arbitraries.of(true, false)).as(Settings::new);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> node = Arbitraries.integers().between(0, IDS.size() - 1);
        Arbitrary<Step> heard = Combinators.combine(node, Arbitraries.integers().between(0, 3600)).as(Heard::new);
        Arbitrary<Step> wait = Arbitraries.integers().between(1, 7200).map(Wait::new);
        Arbitrary<Step> battery = Combinators.combine(node, Arbitraries.integers().between(3200, 3600)).as(Battery::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, heard), net.jqwik.api.Tuple.of(3, wait), net.jqwik.api.Tuple.of(1, Arbitraries.just(new Deaf())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Hearing())), net.jqwik.api.Tuple.of(2, battery))
                .list().ofMaxSize(60);
    }
}
