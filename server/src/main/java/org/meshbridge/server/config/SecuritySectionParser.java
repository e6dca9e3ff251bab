package org.meshbridge.server.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.meshbridge.server.net.Cidr;
import org.meshbridge.server.net.RateLimit;

/** Reads the guard keys of the {@code server} section into {@link SecuritySettings}. */
final class SecuritySectionParser {

    static final Set<String> KEYS = Set.of("trusted_proxies", "allow", "deny", "cors_origins", "limits", "rate_limits",
            "sessions", "lockout");
    private static final Set<String> LIMIT_KEYS = Set.of("max_body_bytes", "max_ws_message_bytes", "idle_timeout",
            "request_timeout");
    private static final Set<String> RATE_KEYS = Set.of("logins", "posts", "connections");
    private static final Set<String> BUCKET_KEYS = Set.of("per_minute", "burst");
    private static final Set<String> SESSION_KEYS = Set.of("ttl");
    private static final Set<String> LOCKOUT_KEYS = Set.of("max_failures", "address_max_failures", "window", "duration");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?|https?://\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");
    private static final int MAX_LIST = 1000;

    private SecuritySectionParser() {
    }

    static SecuritySettings parse(ConfigNode server) throws ConfigException {
        SecuritySettings d = SecuritySettings.DEFAULTS;
        ConfigNode limits = server.section("limits");
        limits.refuseUnknown(LIMIT_KEYS, "max_body_bytes, max_ws_message_bytes, idle_timeout, request_timeout");
        ConfigNode rates = server.section("rate_limits");
        rates.refuseUnknown(RATE_KEYS, "logins, posts, connections");
        ConfigNode sessions = server.section("sessions");
        sessions.refuseUnknown(SESSION_KEYS, "ttl");
        ConfigNode lockout = server.section("lockout");
        lockout.refuseUnknown(LOCKOUT_KEYS, "max_failures, address_max_failures, window, duration");
        return new SecuritySettings(
                cidrs(server, "trusted_proxies"), cidrs(server, "allow"), cidrs(server, "deny"), origins(server),
                (int) limits.whole("max_body_bytes", 1024, 16 << 20).orElse(d.maxBodyBytes()),
                (int) limits.whole("max_ws_message_bytes", 256, 16 << 20).orElse(d.maxWsMessageBytes()),
                limits.duration("idle_timeout", Duration.ofSeconds(5), Duration.ofHours(1), "5s..1h").orElse(d.idleTimeout()),
                limits.duration("request_timeout", Duration.ofSeconds(1), Duration.ofMinutes(10), "1s..10m")
                        .orElse(d.requestTimeout()),
                bucket(rates, "logins", d.logins()), bucket(rates, "posts", d.posts()),
                bucket(rates, "connections", d.connections()),
                sessions.duration("ttl", Duration.ofMinutes(5), Duration.ofDays(365), "5m..365d").orElse(d.sessionTtl()),
                (int) lockout.whole("max_failures", 1, 1000).orElse(d.lockoutFailures()),
                (int) lockout.whole("address_max_failures", 1, 100_000).orElse(d.lockoutAddressFailures()),
                lockout.duration("window", Duration.ofSeconds(10), Duration.ofDays(1), "10s..1d").orElse(d.lockoutWindow()),
                lockout.duration("duration", Duration.ofSeconds(10), Duration.ofDays(1), "10s..1d").orElse(d.lockoutDuration()));
    }

    private static RateLimit bucket(ConfigNode rates, String key, RateLimit fallback) throws ConfigException {
        ConfigNode node = rates.section(key);
        node.refuseUnknown(BUCKET_KEYS, "per_minute, burst");
        double perMinute = node.number("per_minute", 0, false, 1_000_000, "more than 0 and at most 1000000")
                .orElse(fallback.perMinute());
        int burst = (int) node.whole("burst", 1, 1_000_000).orElse(fallback.burst());
        return new RateLimit(perMinute, burst);
    }

    private static List<Cidr> cidrs(ConfigNode server, String key) throws ConfigException {
        List<Cidr> ranges = new ArrayList<>();
        List<String> texts = server.strings(key, MAX_LIST);
        for (int i = 0; i < texts.size(); i++) {
            try {
                ranges.add(Cidr.parse(texts.get(i)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(server.keyPath(key) + "[" + i + "]", e.getMessage());
            }
        }
        return ranges;
    }

    private static List<String> origins(ConfigNode server) throws ConfigException {
        List<String> texts = server.strings("cors_origins", MAX_LIST);
        for (int i = 0; i < texts.size(); i++) {
            String origin = texts.get(i);
            if (!ORIGIN.matcher(origin).matches()) {
                throw new ConfigException(server.keyPath("cors_origins") + "[" + i + "]", "must be an origin such as "
                        + "https://chat.example.org (scheme, host, optional port; no path, no wildcard), was \"" + origin + "\"");
            }
        }
        return texts.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }
}
