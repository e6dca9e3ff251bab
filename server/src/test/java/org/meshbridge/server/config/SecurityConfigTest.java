package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.server.net.Cidr;
import org.meshbridge.server.net.RateLimit;

/** The guard keys under {@code server}: read with their defaults, refused with the key path and reason. */
class SecurityConfigTest {

    @Test
    void withoutGuardKeysTheDefaultsApply() throws Exception {
        assertThat(MeshbridgeConfig.parse("radio: { type: none }").server().security()).isEqualTo(SecuritySettings.DEFAULTS);
    }

    @Test
    void everyGuardKeyIsRead() throws Exception {
        SecuritySettings s = MeshbridgeConfig.parse("""
                radio: { type: none }
                server:
                  trusted_proxies: ["127.0.0.1", "::1"]
                  allow: ["10.0.0.0/8"]
                  deny: ["10.9.0.0/16"]
                  cors_origins: ["https://Chat.example.org", "http://[::1]:8080"]
                  limits: { max_body_bytes: 4096, max_ws_message_bytes: 1024, idle_timeout: 2m, request_timeout: 10s }
                  rate_limits:
                    logins: { per_minute: 3, burst: 2 }
                    posts: { per_minute: 0.5, burst: 1 }
                    connections: { per_minute: 600, burst: 100 }
                  sessions: { ttl: 12h }
                  lockout: { max_failures: 3, address_max_failures: 50, window: 5m, duration: 1h }
                """).server().security();
        assertThat(s.trustedProxies()).containsExactly(Cidr.parse("127.0.0.1/32"), Cidr.parse("::1/128"));
        assertThat(s.allow()).containsExactly(Cidr.parse("10.0.0.0/8"));
        assertThat(s.deny()).containsExactly(Cidr.parse("10.9.0.0/16"));
        assertThat(s.corsOrigins()).containsExactly("https://chat.example.org", "http://[::1]:8080");
        assertThat(s.maxBodyBytes()).isEqualTo(4096);
        assertThat(s.maxWsMessageBytes()).isEqualTo(1024);
        assertThat(s.idleTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.logins()).isEqualTo(new RateLimit(3, 2));
        assertThat(s.posts()).isEqualTo(new RateLimit(0.5, 1));
        assertThat(s.connections()).isEqualTo(new RateLimit(600, 100));
        assertThat(s.sessionTtl()).isEqualTo(Duration.ofHours(12));
        assertThat(List.of(s.lockoutFailures(), s.lockoutAddressFailures())).containsExactly(3, 50);
        assertThat(s.lockoutWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.lockoutDuration()).isEqualTo(Duration.ofHours(1));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("server: { trusted_proxies: [\"proxy.example.org\"] }",
                        "server.trusted_proxies[0]: \"proxy.example.org\" is not an IP address or ADDRESS/PREFIX range"),
                Arguments.of("server: { deny: \"10.0.0.0/8\" }", "server.deny: must be a list"),
                Arguments.of("server: { allow: [\"10.0.0.0/40\"] }", "server.allow[0]: \"10.0.0.0/40\": the prefix length"),
                Arguments.of("server: { cors_origins: [\"*\"] }", "server.cors_origins[0]: must be an origin such as"),
                Arguments.of("server: { cors_origins: [\"https://a.example/path\"] }", "server.cors_origins[0]: must be an origin"),
                Arguments.of("server: { limits: { max_body_bytes: 10 } }", "server.limits.max_body_bytes: must be 1024.."),
                Arguments.of("server: { limits: { request_timeout: forever } }", "server.limits.request_timeout: must be a duration"),
                Arguments.of("server: { limits: { size: 1 } }", "server.limits.size: unknown key"),
                Arguments.of("server: { rate_limits: { posts: { per_minute: 0 } } }",
                        "server.rate_limits.posts.per_minute: must be more than 0"),
                Arguments.of("server: { rate_limits: { dms: {} } }", "server.rate_limits.dms: unknown key"),
                Arguments.of("server: { sessions: { ttl: 1s } }", "server.sessions.ttl: must be 5m..365d"),
                Arguments.of("server: { lockout: { max_failures: 0 } }", "server.lockout.max_failures: must be 1..1000"),
                Arguments.of("server: { cors: true }", "server.cors: unknown key; keys under server are listen, tls, insecure,"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void badValuesStopTheStartWithTheKeyPath(String server, String message) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse("radio: { type: none }\n" + server))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith(message);
    }
}
