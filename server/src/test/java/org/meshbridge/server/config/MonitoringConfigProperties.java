package org.meshbridge.server.config;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The {@code monitoring} section is untrusted input: random values (numbers, texts, durations,
 * times, lists, mappings) under every key either parse or fail with a {@link ConfigException}
 * naming a key under {@code monitoring}, never with another exception.
 */
class MonitoringConfigProperties {

    private static final List<String> KEYS = List.of("max_nodes", "liveness.late_factor", "liveness.offline_factor",
            "liveness.min_late", "liveness.min_offline", "liveness.alert_on_late", "liveness.cooldown",
            "liveness.check_every", "liveness.bridge_fault_delay", "liveness.roles.repeater.interval",
            "liveness.roles.sensor.monitored", "liveness.roles.x", "liveness.flap_damping.half_life",
            "liveness.flap_damping.suppress_at", "liveness.flap_damping.reuse_at", "liveness.battery.low_millivolts",
            "liveness.battery.low_percent", "liveness.battery.hysteresis_percent", "liveness.battery.enabled",
            "liveness.nodes", "liveness.maintenance", "battery.poll.every", "battery.poll.nodes", "battery.poll.password",
            "battery.poll.x", "battery.x");

    @Property(tries = 500)
    void anyValueParsesOrFailsWithAKeyPath(@ForAll("documents") String yaml) {
        try {
            MeshbridgeConfig.parse("radio: { type: sim }\n" + yaml);
        } catch (ConfigException e) {
            if (!e.keyPath().startsWith("monitoring") && !e.keyPath().isEmpty()) {
                throw new AssertionError("error outside the section: " + e.getMessage(), e);
            }
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, 2_000_000).map(String::valueOf),
                Arbitraries.doubles().between(-10, 2000).map(String::valueOf),
                Arbitraries.of("1m", "0s", "30s", "47h", "31d", "none", "true", "false", "PT1H", "-1m", "\"02:00\"",
                        "\"23:30\"", "\"2026-12-01T08:00:00Z\"", "aa", "\"a1b2\"", "xyz", "[]", "{}", "null", "\"\"", "[a1, b2]",
                        "[mon, sun]", "[{ id: a1 }]", "[{ name: x, interval: 1h, late_after: 2h, offline_after: 1h }]",
                        "[{ start: \"01:00\", end: \"01:00\" }]", "[{ from: \"2026-12-01T08:00:00Z\", until: \"2026-12-01T08:00:00Z\" }]",
                        "[{ days: [], start: \"01:00\", end: \"02:00\", zone: UTC }]", "[{ ids: [zz], from: x, until: y }]",
                        "[{ names: [\"\"], start: \"01:00\", end: \"02:00\" }]", "[1, 2]", "{ monitored: maybe }"),
                Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        Arbitrary<String> entry = net.jqwik.api.Combinators.combine(Arbitraries.of(KEYS), scalar).as(MonitoringConfigProperties::nest);
        return entry.list().ofMinSize(1).ofMaxSize(4).map(entries -> "monitoring:\n" + String.join("", entries.stream()
                .distinct().toList()));
    }

    /** {@code a.b.c} with {@code v} as nested flow mappings under monitoring: one line per entry (duplicates refused as YAML). */
    private static String nest(String path, String value) {
        String[] parts = path.split("\\.");
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            open.append(parts[i]).append(": { ");
            close.append(" }");
        }
        return "  " + parts[0] + ": " + (parts.length == 1 ? value : "{ " + open.substring(0, open.length() - 4) + ": "
                + value + close.substring(0, close.length() - 2) + " }") + "\n";
    }
}
