package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.core.battery.BatteryPollConfig;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.MaintenanceWindow;
import org.meshbridge.core.nodes.NodeMatch;
import org.meshbridge.core.nodes.NodeOverride;
import org.meshbridge.core.nodes.NodeRole;

/** The {@code monitoring} section (issue 8): liveness knobs. */
class MonitoringConfigTest {

    private static final String RADIO = "radio: { type: sim }\n";

    @Test
    void withoutTheSectionTheDefaultsApply() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO);
        assertThat(config.monitoring()).isEqualTo(MonitoringSettings.DEFAULTS);
        assertThat(config.monitoring().liveness()).isEqualTo(LivenessConfig.DEFAULT);
    }

    @Test
    void theExampleFileSpellsOutTheDefaultsAndTwoOverridesAndWindows() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.load(MeshbridgeConfigTest.repositoryRoot().resolve("examples/meshbridge.yaml"));
        LivenessConfig l = config.monitoring().liveness();
        LivenessConfig d = LivenessConfig.DEFAULT;
        assertThat(config.monitoring().maxNodes()).isEqualTo(MonitoringSettings.DEFAULT_MAX_NODES);
        assertThat(l.withOverrides(List.of()).withMaintenance(List.of())).as("every other value is the default").isEqualTo(d);
        assertThat(l.overrides()).containsExactly(
                new NodeOverride(NodeMatch.byName("Hill Top"), Optional.empty(), Optional.of(Duration.ofHours(3)),
                        Optional.empty(), Optional.empty()),
                new NodeOverride(NodeMatch.byId("a1b2c3d4"), Optional.of(false), Optional.empty(), Optional.empty(),
                        Optional.empty()));
        assertThat(l.maintenance()).containsExactly(
                new MaintenanceWindow(List.of(NodeMatch.byName("Hill Top")), new MaintenanceWindow.Once(
                        Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"))),
                new MaintenanceWindow(List.of(), new MaintenanceWindow.Daily(EnumSet.of(DayOfWeek.SUNDAY),
                        LocalTime.of(23, 0), LocalTime.of(2, 0), ZoneId.of("Europe/Amsterdam"))));
    }

    @Test
    void everyKnobIsRead() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + """
                monitoring:
                  max_nodes: 50
                  liveness:
                    late_factor: 2
                    offline_factor: 4.5
                    min_late: 2m
                    min_offline: 3m
                    alert_on_late: true
                    cooldown: 0s
                    check_every: 10s
                    bridge_fault_delay: 0s
                    roles:
                      repeater: { interval: 12h }
                      sensor: { interval: 15m }
                      companion: { monitored: true }
                    flap_damping: { enabled: false, half_life: 2h, suppress_at: 5, reuse_at: 2 }
                    battery: { low_millivolts: none, low_percent: 15, hysteresis_percent: 3 }
                    nodes:
                      - id: "A1B2"
                        late_after: 20m
                        offline_after: 1h
                    maintenance:
                      - ids: ["a1b2"]
                        names: [hill]
                        start: "02:00"
                        end: "04:30"
                """);
        LivenessConfig l = config.monitoring().liveness();
        assertThat(config.monitoring().maxNodes()).isEqualTo(50);
        assertThat(l.lateFactor()).isEqualTo(2);
        assertThat(l.offlineFactor()).isEqualTo(4.5);
        assertThat(l.minLate()).isEqualTo(Duration.ofMinutes(2));
        assertThat(l.minOffline()).isEqualTo(Duration.ofMinutes(3));
        assertThat(l.alertOnLate()).isTrue();
        assertThat(l.cooldown()).isZero();
        assertThat(l.checkEvery()).isEqualTo(Duration.ofSeconds(10));
        assertThat(l.bridgeFaultDelay()).isZero();
        assertThat(l.roles().get(NodeRole.REPEATER)).isEqualTo(new LivenessConfig.RolePolicy(true, Optional.of(Duration.ofHours(12))));
        assertThat(l.roles().get(NodeRole.SENSOR).defaultInterval()).contains(Duration.ofMinutes(15));
        assertThat(l.roles().get(NodeRole.COMPANION)).isEqualTo(new LivenessConfig.RolePolicy(true, Optional.empty()));
        assertThat(l.roles().get(NodeRole.ROOM_SERVER)).isEqualTo(LivenessConfig.FIRMWARE_ROLE_DEFAULTS.get(NodeRole.ROOM_SERVER));
        assertThat(l.flapDamping()).isEqualTo(new LivenessConfig.FlapDamping(false, Duration.ofHours(2), 5, 2));
        assertThat(l.battery()).isEqualTo(new LivenessConfig.BatteryPolicy(OptionalInt.empty(), OptionalInt.of(15), 100, 3));
        assertThat(l.overrides()).singleElement().satisfies(o -> {
            assertThat(o.match()).isEqualTo(NodeMatch.byId("a1b2"));
            assertThat(o.lateAfter()).contains(Duration.ofMinutes(20));
            assertThat(o.offlineAfter()).contains(Duration.ofHours(1));
        });
        assertThat(l.maintenance()).singleElement().satisfies(w -> {
            assertThat(w.nodes()).containsExactly(NodeMatch.byId("a1b2"), NodeMatch.byName("hill"));
            assertThat(w.time()).isEqualTo(new MaintenanceWindow.Daily(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 0),
                    LocalTime.of(4, 30), java.time.ZoneOffset.UTC));
        });
        assertThat(MeshbridgeConfig.parse(RADIO + "monitoring: { liveness: { battery: { enabled: false } } }\n")
                .monitoring().liveness().battery()).isEqualTo(LivenessConfig.BatteryPolicy.OFF);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("monitoring: { alerts: {} }", "monitoring.alerts: unknown key; keys under monitoring are max_nodes, liveness, battery"),
                Arguments.of("monitoring: { max_nodes: 0 }", "monitoring.max_nodes: must be 1..1000000, was 0"),
                Arguments.of("monitoring: { liveness: { late_factor: 0.5 } }", "monitoring.liveness.late_factor: must be 1..100, was 0.5"),
                Arguments.of("monitoring: { liveness: { late_factor: 3, offline_factor: 2 } }",
                        "monitoring.liveness.offline_factor: must be more than late_factor (3.0), was 2.0"),
                Arguments.of("monitoring: { liveness: { min_late: 20m, min_offline: 10m } }",
                        "monitoring.liveness.min_offline: must not be shorter than min_late (PT20M)"),
                Arguments.of("monitoring: { liveness: { cooldown: soon } }",
                        "monitoring.liveness.cooldown: must be a duration such as 30m, 1h or 1d, was \"soon\""),
                Arguments.of("monitoring: { liveness: { roles: { chat: {} } } }",
                        "monitoring.liveness.roles.chat: unknown role; roles are companion, repeater, room_server, sensor, unknown"),
                Arguments.of("monitoring: { liveness: { roles: { repeater: { interval: 30s } } } }",
                        "monitoring.liveness.roles.repeater.interval: must be 1m..30d, or none, was 30s"),
                Arguments.of("monitoring: { liveness: { flap_damping: { suppress_at: 1, reuse_at: 2 } } }",
                        "monitoring.liveness.flap_damping.reuse_at: must be less than suppress_at (1.0), was 2.0"),
                Arguments.of("monitoring: { liveness: { battery: { low_percent: 101 } } }",
                        "monitoring.liveness.battery.low_percent: must be 1..100, was 101"),
                Arguments.of("monitoring: { liveness: { nodes: [ { interval: 1h } ] } }",
                        "monitoring.liveness.nodes[0]: needs exactly one of id (the public key in hex, or its first bytes) or name"),
                Arguments.of("monitoring: { liveness: { nodes: [ { id: xyz1 } ] } }",
                        "monitoring.liveness.nodes[0].id: a node id (prefix) is hex digits: xyz1"),
                Arguments.of("monitoring: { liveness: { nodes: [ { name: a, late_after: 2h, offline_after: 1h } ] } }",
                        "monitoring.liveness.nodes[0].late_after: must be shorter than offline_after"),
                Arguments.of("monitoring: { liveness: { maintenance: [ { from: \"2026-12-01T08:00:00Z\", start: \"02:00\" } ] } }",
                        "monitoring.liveness.maintenance[0]: needs either from and until (one window) or start and end"
                                + " (every day, or the listed days)"),
                Arguments.of("monitoring: { liveness: { maintenance: [ { from: \"2026-12-01 08:00\", until: \"2026-12-02T08:00:00Z\" } ] } }",
                        "monitoring.liveness.maintenance[0].from: must be a date and time with its offset, such as"
                                + " 2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00, was \"2026-12-01 08:00\""),
                Arguments.of("monitoring: { liveness: { maintenance: [ { from: \"2026-12-02T08:00:00Z\", until: \"2026-12-01T08:00:00Z\" } ] } }",
                        "monitoring.liveness.maintenance[0].until: must be after from"),
                Arguments.of("monitoring: { liveness: { maintenance: [ { start: \"02:00\", end: \"04:00\", days: [funday] } ] } }",
                        "monitoring.liveness.maintenance[0].days[0]: must be a day: mon, tue, wed, thu, fri, sat or sun, was \"funday\""),
                Arguments.of("monitoring: { liveness: { maintenance: [ { start: \"02:00\", end: \"04:00\", zone: Mars/Olympus } ] } }",
                        "monitoring.liveness.maintenance[0].zone: must be a time zone such as UTC or Europe/Berlin, was \"Mars/Olympus\""),
                Arguments.of("monitoring: { liveness: { maintenance: [ { start: \"2am\", end: \"04:00\" } ] } }",
                        "monitoring.liveness.maintenance[0].start: must be a time of day such as 02:00 or 23:30, was \"2am\""),
                Arguments.of("monitoring: { liveness: { maintenance: [ { ids: a1 , start: \"02:00\", end: \"04:00\" } ] } }",
                        "monitoring.liveness.maintenance[0].ids: must be a list (one \"- \" entry each), was \"a1\""));
    }

    @Test
    void theBatteryPollIsOffUnlessConfigured() throws ConfigException {
        assertThat(MeshbridgeConfig.parse(RADIO).monitoring().batteryPoll()).isEmpty();
        assertThat(MeshbridgeConfig.parse(RADIO + "monitoring: { battery: {} }\n").monitoring().batteryPoll()).isEmpty();
    }

    @Test
    void theBatteryPollReadsIdsNamesIntervalAndPassword() throws ConfigException {
        String id = "ab".repeat(32);
        BatteryPollConfig poll = MeshbridgeConfig.parse(RADIO + """
                monitoring:
                  battery:
                    poll:
                      every: 12h
                      nodes: [%s, Hill Top, cafe]
                      password: guest-pw
                """.formatted(id)).monitoring().batteryPoll().orElseThrow();
        assertThat(poll).isEqualTo(new BatteryPollConfig(Duration.ofHours(12),
                List.of(NodeMatch.byId(id), NodeMatch.byName("Hill Top"), NodeMatch.byName("cafe")), Optional.of("guest-pw")));
        assertThat(MeshbridgeConfig.parse(RADIO + "monitoring: { battery: { poll: { nodes: [r1] } } }\n").monitoring()
                .batteryPoll().orElseThrow()).isEqualTo(new BatteryPollConfig(BatteryPollConfig.DEFAULT_EVERY,
                List.of(NodeMatch.byName("r1")), Optional.empty()));
    }

    static Stream<Arguments> batteryMistakes() {
        return Stream.of(
                Arguments.of("monitoring: { battery: { pol: {} } }", "monitoring.battery.pol: unknown key; keys under monitoring.battery are poll"),
                Arguments.of("monitoring: { battery: { poll: { every: 1h } } }",
                        "monitoring.battery.poll.nodes: required: the nodes to poll, each a 64-hex-digit node id or a node name"),
                Arguments.of("monitoring: { battery: { poll: { nodes: [r1], every: 5m } } }",
                        "monitoring.battery.poll.every: must be 10m..30d, was 5m"),
                Arguments.of("monitoring: { battery: { poll: { nodes: [r1, \"\"] } } }",
                        "monitoring.battery.poll.nodes[1]: must be a non-empty text, was \"\""),
                Arguments.of("monitoring: { battery: { poll: { nodes: r1 } } }",
                        "monitoring.battery.poll.nodes: must be a list (one \"- \" entry each), was \"r1\""),
                Arguments.of("monitoring: { battery: { poll: { nodes: [r1], password: sixteen-bytes-xx } } }",
                        "monitoring.battery.poll.password: must be at most 15 bytes (UTF-8): a login carries no more"),
                Arguments.of("monitoring: { battery: { poll: { nodes: [r1], secret: x } } }",
                        "monitoring.battery.poll.secret: unknown key; keys under monitoring.battery.poll are every, nodes, password"));
    }

    @ParameterizedTest
    @MethodSource("batteryMistakes")
    void aBatteryPollMistakeNamesItsKeyPath(String yaml, String message) {
        aMistakeNamesItsKeyPath(yaml, message);
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeNamesItsKeyPath(String yaml, String message) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + yaml + "\n")).isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }
}
