package org.meshbridge.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.meshbridge.server.net.Cidr;
import org.meshbridge.server.net.RateLimit;

/**
 * The internet-facing guards under {@code server}: who may connect, whom to believe about the
 * client, cross-origin access, size and time caps, rate limits, sessions and lockout. Every key
 * and its default is in docs/configuration.md and docs/security.md.
 *
 * @param trustedProxies      {@code server.trusted_proxies}: peers whose X-Forwarded-For/Proto are believed; default none
 * @param allow               {@code server.allow}: CIDR ranges let in; default empty = everyone not denied
 * @param deny                {@code server.deny}: CIDR ranges refused; default none
 * @param corsOrigins         {@code server.cors_origins}: origins allowed cross-origin; default none (CORS off)
 * @param maxBodyBytes        {@code server.limits.max_body_bytes}; default 65536
 * @param maxWsMessageBytes   {@code server.limits.max_ws_message_bytes}; default 65536
 * @param idleTimeout         {@code server.limits.idle_timeout}; default 60s
 * @param requestTimeout      {@code server.limits.request_timeout}: slow-client cap per request; default 30s
 * @param logins              {@code server.rate_limits.logins}: per client address; default 10/min, burst 5
 * @param posts               {@code server.rate_limits.posts}: per account and per client address; default 20/min, burst 10
 * @param connections         {@code server.rate_limits.connections}: new connections per client address; default 120/min, burst 60
 * @param sessionTtl          {@code server.sessions.ttl}: token lifetime; default 7d
 * @param lockoutFailures     {@code server.lockout.max_failures}: per account; default 5
 * @param lockoutAddressFailures {@code server.lockout.address_max_failures}: per client address; default 20
 * @param lockoutWindow       {@code server.lockout.window}: failures counted within; default 15m
 * @param lockoutDuration     {@code server.lockout.duration}: how long a lock lasts; default 15m
 */
public record SecuritySettings(List<Cidr> trustedProxies, List<Cidr> allow, List<Cidr> deny, List<String> corsOrigins,
                               int maxBodyBytes, int maxWsMessageBytes, Duration idleTimeout, Duration requestTimeout,
                               RateLimit logins, RateLimit posts, RateLimit connections, Duration sessionTtl,
                               int lockoutFailures, int lockoutAddressFailures, Duration lockoutWindow,
                               Duration lockoutDuration) {

    public static final SecuritySettings DEFAULTS = new SecuritySettings(List.of(), List.of(), List.of(), List.of(),
            64 * 1024, 64 * 1024, Duration.ofSeconds(60), Duration.ofSeconds(30), new RateLimit(10, 5),
            new RateLimit(20, 10), new RateLimit(120, 60), Duration.ofDays(7), 5, 20, Duration.ofMinutes(15),
            Duration.ofMinutes(15));

    public SecuritySettings {
        trustedProxies = List.copyOf(trustedProxies);
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(logins, "logins");
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        Objects.requireNonNull(lockoutWindow, "lockoutWindow");
        Objects.requireNonNull(lockoutDuration, "lockoutDuration");
    }
}
