package org.meshbridge.server.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.core.nodes.LivenessConfig.BatteryPolicy;
import org.meshbridge.core.nodes.LivenessConfig.FlapDamping;
import org.meshbridge.core.nodes.LivenessConfig.RolePolicy;
import org.meshbridge.core.nodes.MaintenanceWindow;
import org.meshbridge.core.nodes.NodeMatch;
import org.meshbridge.core.nodes.NodeOverride;
import org.meshbridge.core.nodes.NodeRole;

/** The {@code monitoring} section: {@code max_nodes} and {@code liveness} (docs/monitoring.md, "Liveness"). */
final class MonitoringSectionParser {

    private static final Set<String> MONITORING_KEYS = Set.of("max_nodes", "liveness", "battery");
    private static final Set<String> LIVENESS_KEYS = Set.of("check_every", "late_factor", "offline_factor", "min_late",
            "min_offline", "alert_on_late", "cooldown", "bridge_fault_delay", "roles", "flap_damping", "battery", "nodes",
            "maintenance");
    private static final String LIVENESS_KEY_LIST = "check_every, late_factor, offline_factor, min_late, min_offline,"
            + " alert_on_late, cooldown, bridge_fault_delay, roles, flap_damping, battery, nodes, maintenance";
    private static final Set<String> ROLE_KEYS = Set.of("monitored", "interval");
    private static final Set<String> FLAP_KEYS = Set.of("enabled", "half_life", "suppress_at", "reuse_at");
    private static final Set<String> BATTERY_KEYS = Set.of("enabled", "low_millivolts", "low_percent",
            "hysteresis_millivolts", "hysteresis_percent");
    private static final Set<String> NODE_KEYS = Set.of("id", "name", "monitored", "interval", "late_after", "offline_after");
    private static final Set<String> WINDOW_KEYS = Set.of("ids", "names", "from", "until", "days", "start", "end", "zone");
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** The most ids or names one maintenance window may list. */
    private static final int MAX_LIST = 1_000;

    private MonitoringSectionParser() {
    }

    static MonitoringSettings monitoring(ConfigNode monitoring) throws ConfigException {
        monitoring.refuseUnknown(MONITORING_KEYS, "max_nodes, liveness, battery");
        int maxNodes = (int) monitoring.whole("max_nodes", 1, MonitoringSettings.MAX_NODES)
                .orElse(MonitoringSettings.DEFAULT_MAX_NODES);
        return new MonitoringSettings(maxNodes, liveness(monitoring.section("liveness")),
                BatteryPollParser.battery(monitoring.section("battery")));
    }

    private static LivenessConfig liveness(ConfigNode l) throws ConfigException {
        l.refuseUnknown(LIVENESS_KEYS, LIVENESS_KEY_LIST);
        LivenessConfig d = LivenessConfig.DEFAULT;
        double late = l.number("late_factor", 1, true, 100, "1..100").orElse(d.lateFactor());
        double offline = l.number("offline_factor", 1, false, 1000, "more than 1 and at most 1000").orElse(d.offlineFactor());
        if (offline <= late) {
            throw new ConfigException(l.keyPath("offline_factor"), "must be more than late_factor (" + late + "), was " + offline);
        }
        Duration minLate = l.duration("min_late", MINUTE, Duration.ofDays(30), "1m..30d").orElse(d.minLate());
        Duration minOffline = l.duration("min_offline", MINUTE, Duration.ofDays(30), "1m..30d").orElse(d.minOffline());
        if (minOffline.compareTo(minLate) < 0) {
            throw new ConfigException(l.keyPath("min_offline"), "must not be shorter than min_late (" + minLate + ")");
        }
        return new LivenessConfig(roles(l.section("roles")), late, offline, minLate, minOffline,
                l.bool("alert_on_late").orElse(d.alertOnLate()),
                l.duration("cooldown", Duration.ZERO, Duration.ofDays(7), "0s..7d").orElse(d.cooldown()),
                flapDamping(l.section("flap_damping")), battery(l.section("battery")), overrides(l),
                maintenance(l),
                l.duration("check_every", Duration.ofSeconds(1), Duration.ofHours(1), "1s..1h").orElse(d.checkEvery()),
                l.duration("bridge_fault_delay", Duration.ZERO, Duration.ofDays(1), "0s..1d").orElse(d.bridgeFaultDelay()));
    }

    private static Map<NodeRole, RolePolicy> roles(ConfigNode roles) throws ConfigException {
        List<String> names = new ArrayList<>();
        for (NodeRole role : NodeRole.values()) {
            names.add(role.key());
        }
        String list = String.join(", ", names);
        Map<NodeRole, RolePolicy> result = new EnumMap<>(NodeRole.class);
        for (String key : roles.keys()) {
            NodeRole role = NodeRole.fromKey(key).filter(r -> r.key().equals(key))
                    .orElseThrow(() -> new ConfigException(roles.keyPath(key), "unknown role; roles are " + list));
            ConfigNode r = roles.section(key);
            r.refuseUnknown(ROLE_KEYS, "monitored, interval");
            RolePolicy d = LivenessConfig.FIRMWARE_ROLE_DEFAULTS.get(role);
            Optional<Duration> interval = d.defaultInterval();
            if (r.has("interval")) {
                interval = r.text("interval").filter(t -> t.equals("none")).isPresent() ? Optional.empty()
                        : r.duration("interval", MINUTE, Duration.ofDays(30), "1m..30d, or none");
            }
            result.put(role, new RolePolicy(r.bool("monitored").orElse(d.monitored()), interval));
        }
        return result;
    }

    private static FlapDamping flapDamping(ConfigNode f) throws ConfigException {
        f.refuseUnknown(FLAP_KEYS, "enabled, half_life, suppress_at, reuse_at");
        FlapDamping d = FlapDamping.DEFAULT;
        double suppress = f.number("suppress_at", 0, false, 1000, "more than 0 and at most 1000").orElse(d.suppressAt());
        double reuse = f.number("reuse_at", 0, false, 1000, "more than 0 and at most 1000").orElse(d.reuseAt());
        if (reuse >= suppress) {
            throw new ConfigException(f.keyPath("reuse_at"), "must be less than suppress_at (" + suppress + "), was " + reuse);
        }
        return new FlapDamping(f.bool("enabled").orElse(d.enabled()),
                f.duration("half_life", MINUTE, Duration.ofDays(7), "1m..7d").orElse(d.halfLife()), suppress, reuse);
    }

    private static BatteryPolicy battery(ConfigNode b) throws ConfigException {
        b.refuseUnknown(BATTERY_KEYS, "enabled, low_millivolts, low_percent, hysteresis_millivolts, hysteresis_percent");
        BatteryPolicy d = BatteryPolicy.DEFAULT;
        if (!b.bool("enabled").orElse(true)) {
            return BatteryPolicy.OFF;
        }
        return new BatteryPolicy(wholeOrNone(b, "low_millivolts", 1, 65_535, d.lowMillivolts()),
                wholeOrNone(b, "low_percent", 1, 100, d.lowPercent()),
                (int) b.whole("hysteresis_millivolts", 0, 10_000).orElse(d.hysteresisMillivolts()),
                (int) b.whole("hysteresis_percent", 0, 100).orElse(d.hysteresisPercent()));
    }

    private static OptionalInt wholeOrNone(ConfigNode n, String key, int min, int max, OptionalInt dflt) throws ConfigException {
        if (!n.has(key)) {
            return dflt;
        }
        if (n.text(key).filter(t -> t.equals("none")).isPresent()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) n.whole(key, min, max).getAsLong());
    }

    private static List<NodeOverride> overrides(ConfigNode l) throws ConfigException {
        List<NodeOverride> result = new ArrayList<>();
        for (ConfigNode n : l.list("nodes")) {
            n.refuseUnknown(NODE_KEYS, "id, name, monitored, interval, late_after, offline_after");
            NodeMatch match = match(n);
            Optional<Duration> lateAfter = n.duration("late_after", MINUTE, Duration.ofDays(90), "1m..90d");
            Optional<Duration> offlineAfter = n.duration("offline_after", MINUTE, Duration.ofDays(90), "1m..90d");
            if (lateAfter.isPresent() && offlineAfter.isPresent() && lateAfter.get().compareTo(offlineAfter.get()) >= 0) {
                throw new ConfigException(n.keyPath("late_after"), "must be shorter than offline_after");
            }
            result.add(new NodeOverride(match, n.bool("monitored"),
                    n.duration("interval", MINUTE, Duration.ofDays(30), "1m..30d"), lateAfter, offlineAfter));
        }
        return result;
    }

    private static NodeMatch match(ConfigNode n) throws ConfigException {
        Optional<String> id = n.text("id");
        Optional<String> name = n.text("name");
        if (id.isPresent() == name.isPresent()) {
            throw new ConfigException(n.path(), "needs exactly one of id (the public key in hex, or its first bytes) or name");
        }
        return id.isPresent() ? nodeId(n, "id", id.get()) : NodeMatch.byName(name.get());
    }

    private static NodeMatch nodeId(ConfigNode n, String key, String hex) throws ConfigException {
        try {
            return NodeMatch.byId(hex);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(n.keyPath(key), e.getMessage());
        }
    }

    private static List<MaintenanceWindow> maintenance(ConfigNode l) throws ConfigException {
        List<MaintenanceWindow> result = new ArrayList<>();
        for (ConfigNode w : l.list("maintenance")) {
            w.refuseUnknown(WINDOW_KEYS, "ids, names, from, until, days, start, end, zone");
            List<NodeMatch> nodes = new ArrayList<>();
            List<String> ids = w.strings("ids", MAX_LIST);
            for (int i = 0; i < ids.size(); i++) {
                nodes.add(nodeId(w, "ids[" + i + "]", ids.get(i)));
            }
            w.strings("names", MAX_LIST).forEach(name -> nodes.add(NodeMatch.byName(name)));
            boolean once = w.has("from") || w.has("until");
            boolean daily = w.has("start") || w.has("end") || w.has("days") || w.has("zone");
            if (once == daily) {
                throw new ConfigException(w.path(), "needs either from and until (one window) or start and end"
                        + " (every day, or the listed days)");
            }
            result.add(new MaintenanceWindow(nodes, once ? onceWindow(w) : dailyWindow(w)));
        }
        return result;
    }

    private static MaintenanceWindow.Time onceWindow(ConfigNode w) throws ConfigException {
        Instant from = instant(w, "from");
        Instant until = instant(w, "until");
        if (!until.isAfter(from)) {
            throw new ConfigException(w.keyPath("until"), "must be after from");
        }
        return new MaintenanceWindow.Once(from, until);
    }

    private static MaintenanceWindow.Time dailyWindow(ConfigNode w) throws ConfigException {
        LocalTime start = time(w, "start");
        LocalTime end = time(w, "end");
        if (start.equals(end)) {
            throw new ConfigException(w.keyPath("end"), "must differ from start");
        }
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        List<String> dayNames = w.strings("days", 7);
        if (!dayNames.isEmpty()) {
            days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < dayNames.size(); i++) {
                days.add(day(w.keyPath("days") + "[" + i + "]", dayNames.get(i)));
            }
        }
        ZoneId zone = ZoneOffset.UTC;
        Optional<String> zoneText = w.text("zone");
        if (zoneText.isPresent()) {
            try {
                zone = ZoneId.of(zoneText.get());
            } catch (DateTimeException e) {
                throw new ConfigException(w.keyPath("zone"), "must be a time zone such as UTC or Europe/Berlin, was \""
                        + zoneText.get() + "\"");
            }
        }
        return new MaintenanceWindow.Daily(days, start, end, zone);
    }

    private static DayOfWeek day(String path, String text) throws ConfigException {
        String t = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            if (t.equals(full) || t.equals(full.substring(0, 3))) {
                return day;
            }
        }
        throw new ConfigException(path, "must be a day: mon, tue, wed, thu, fri, sat or sun, was \"" + text + "\"");
    }

    private static Instant instant(ConfigNode w, String key) throws ConfigException {
        String text = w.text(key).orElseThrow(() -> new ConfigException(w.keyPath(key),
                "required: a date and time with its offset, such as 2026-12-01T08:00:00Z"));
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new ConfigException(w.keyPath(key), "must be a date and time with its offset, such as"
                    + " 2026-12-01T08:00:00Z or 2026-12-01T09:00:00+01:00, was \"" + text + "\"");
        }
    }

    private static LocalTime time(ConfigNode w, String key) throws ConfigException {
        String text = w.text(key).orElseThrow(() -> new ConfigException(w.keyPath(key), "required: a time of day such as 02:00"));
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new ConfigException(w.keyPath(key), "must be a time of day such as 02:00 or 23:30, was \"" + text + "\"");
        }
    }
}
