package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code companion} section: listeners bound to accounts, TLS with client certificates, allow lists, the address policy. */
class CompanionConfigTest {

    private static final String RADIO = "radio: { type: sim }\n";

    @Test
    void aLoopbackListenerNeedsOnlyAnAccount() throws Exception {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO
                + "companion:\n  listeners: [ { listen: \"127.0.0.1:5000\", account: alice } ]");
        assertThat(config.companion().listeners()).singleElement().satisfies(l -> {
            assertThat(l.account()).isEqualTo("alice");
            assertThat(l.listen().port()).isEqualTo(5000);
            assertThat(l.tls()).isEmpty();
            assertThat(l.allow()).isEmpty();
        });
        assertThat(config.summary()).contains("companion: 127.0.0.1:5000 as account alice");
    }

    @Test
    void theIdleTimeoutDefaultsToAnHourAndIsReadAndRangeChecked() throws Exception {
        assertThat(MeshbridgeConfig.parse(RADIO + "companion:\n  listeners: []").companion().idleTimeout())
                .isEqualTo(java.time.Duration.ofHours(1));
        assertThat(MeshbridgeConfig.parse(RADIO + "companion:\n  idle_timeout: 15m\n  listeners: []").companion().idleTimeout())
                .isEqualTo(java.time.Duration.ofMinutes(15));
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + "companion:\n  idle_timeout: 1s\n  listeners: []"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("companion.idle_timeout").hasMessageContaining("10s..7d");
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + "companion:\n  idle_timeout: soon\n  listeners: []"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("companion.idle_timeout");
    }

    @Test
    void aVpnListenerWithAnAllowListAndAPublicOneWithClientCertificatesAreAccepted() throws Exception {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + """
                companion:
                  listeners:
                    - { listen: "100.101.102.103:5000", account: alice, allow: ["100.64.0.0/10", "fd7a:115c:a1e0::/48"] }
                    - listen: "0.0.0.0:5001"
                      account: bob
                      tls: { cert_file: /etc/mb/cert.pem, key_file: /etc/mb/key.pem, client_ca_file: /etc/mb/ca.pem }
                """);
        assertThat(config.companion().listeners()).hasSize(2);
        assertThat(config.companion().listeners().get(0).allow()).extracting(Object::toString)
                .containsExactly("100.64.0.0/10", "fd7a:115c:a1e0:0:0:0:0:0/48");
        assertThat(config.companion().listeners().get(1).tls()).hasValueSatisfying(t ->
                assertThat(t.clientCaFile()).isEqualTo(Path.of("/etc/mb/ca.pem")));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("{ listen: \"0.0.0.0:5000\", account: alice }", "companion.listeners[0].listen",
                        "is a public address"),
                Arguments.of("{ listen: \"8.8.8.8:5000\", account: alice, allow: [\"8.8.8.0/24\"] }",
                        "companion.listeners[0].listen", "needs tls with client_ca_file"),
                Arguments.of("{ listen: \"192.168.1.5:5000\", account: alice }", "companion.listeners[0].allow",
                        "required for a listener on the private/VPN address"),
                Arguments.of("{ listen: \"127.0.0.1:5000\" }", "companion.listeners[0].account", "required"),
                Arguments.of("{ account: alice }", "companion.listeners[0].listen", "required"),
                Arguments.of("{ listen: \"127.0.0.1:5000\", account: \"al ice\" }", "companion.listeners[0].account",
                        "must be 1..32 letters"),
                Arguments.of("{ listen: \"127.0.0.1:5000\", account: alice, allow: [\"10.0.0.0/33\"] }",
                        "companion.listeners[0].allow[0]", "the prefix length after '/' must be 0..32"),
                Arguments.of("{ listen: \"127.0.0.1:5000\", account: alice, allow: [\"example.com\"] }",
                        "companion.listeners[0].allow[0]", "is not an IP address or ADDRESS/PREFIX range"),
                Arguments.of("{ listen: \"127.0.0.1:5000\", account: alice, allow: \"10.0.0.0/8\" }",
                        "companion.listeners[0].allow", "must be a list"),
                Arguments.of("{ listen: \"0.0.0.0:5000\", account: alice, tls: { cert_file: c, key_file: k } }",
                        "companion.listeners[0].tls.client_ca_file", "required"),
                Arguments.of("{ listen: \"127.0.0.1:5000\", account: alice, password: x }", "companion.listeners[0].password",
                        "unknown key"),
                Arguments.of("{ listen: \"127.0.0.1:99999\", account: alice }", "companion.listeners[0].listen", ""));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void badListenersStopTheStartWithTheKeyPath(String listener, String keyPath, String reason) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + "companion:\n  listeners: [ " + listener + " ]"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.keyPath()).isEqualTo(keyPath);
                    assertThat(e.getMessage()).startsWith(keyPath + ": ").contains(reason).doesNotContain("\n");
                });
    }

    @Test
    void twoListenersOnOneAddressAreRefused() {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + "companion:\n  listeners: [ { listen: \"127.0.0.1:5000\","
                + " account: a }, { listen: \"127.0.0.1:5000\", account: b } ]"))
                .isInstanceOfSatisfying(ConfigException.class, e ->
                        assertThat(e.keyPath()).isEqualTo("companion.listeners[1].listen"));
    }

    @Property(tries = 300)
    void anyCompanionSectionParsesOrFailsWithAConfigException(@ForAll("sections") String section) {
        try {
            MeshbridgeConfig.parse(RADIO + "companion:\n" + section);
        } catch (ConfigException expected) {
            assertThat(expected.getMessage()).doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> sections() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("\"127.0.0.1:5000\"", "\"10.1.2.3:1\"", "\"[::1]:5000\"", "\"0.0.0.0:0\"", "\"x:y\"", "7",
                        "[]", "{}", "null", "\"\"", "\"10.0.0.0/8\"", "[\"::/0\", \"1.2.3.4\"]", "[\"/\", 3]", "alice"),
                Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""));
        Arbitrary<String> key = Arbitraries.of("listen", "account", "tls", "allow", "cert_file", "client_ca_file", "x");
        Arbitrary<String> entry = net.jqwik.api.Combinators.combine(key, value).as((k, v) -> k + ": " + v)
                .list().ofMaxSize(5).map(l -> "{ " + String.join(", ", l) + " }");
        return Arbitraries.oneOf(entry.list().ofMaxSize(3).map(l -> "  listeners: [ " + String.join(", ", l) + " ]"),
                value.map(v -> "  listeners: " + v), value.map(v -> "  other: " + v));
    }
}
