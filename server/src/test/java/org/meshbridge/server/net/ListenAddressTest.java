package org.meshbridge.server.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ListenAddressTest {

    static Stream<Arguments> validAddresses() {
        return Stream.of(
                Arguments.of("127.0.0.1:7070", "127.0.0.1", 7070),
                Arguments.of("localhost:0", "localhost", 0),
                Arguments.of("0.0.0.0:65535", "0.0.0.0", 65535),
                Arguments.of("[::1]:7070", "::1", 7070),
                Arguments.of("mesh.example.org:443", "mesh.example.org", 443));
    }

    @ParameterizedTest
    @MethodSource("validAddresses")
    void parsesHostAndPortAndPrintsThemBackAsWritten(String text, String host, int port) {
        ListenAddress address = ListenAddress.parse(text);

        assertThat(address.host()).isEqualTo(host);
        assertThat(address.port()).isEqualTo(port);
        assertThat(address).hasToString(text);
    }

    static Stream<Arguments> invalidAddresses() {
        return Stream.of(
                Arguments.of("7070", "'7070' is not HOST:PORT (e.g. 127.0.0.1:7070)"),
                Arguments.of(":7070", "':7070' has no host (e.g. 127.0.0.1:7070)"),
                Arguments.of("127.0.0.1:", "'127.0.0.1:' has no valid port (0..65535)"),
                Arguments.of("127.0.0.1:65536", "'127.0.0.1:65536' has no valid port (0..65535)"),
                Arguments.of("127.0.0.1:-1", "'127.0.0.1:-1' has no valid port (0..65535)"),
                Arguments.of("127.0.0.1:70x", "'127.0.0.1:70x' has no valid port (0..65535)"),
                Arguments.of("127.0.0.1:99999999999", "'127.0.0.1:99999999999' has no valid port (0..65535)"),
                Arguments.of("::1:7070", "'::1:7070': write an IPv6 host in brackets, e.g. [::1]:7070"),
                Arguments.of("[]:7070", "'[]:7070' has no host (e.g. 127.0.0.1:7070)"));
    }

    @ParameterizedTest
    @MethodSource("invalidAddresses")
    void rejectsMalformedAddressesSayingWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> ListenAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void resolvesALiteralWithoutALookup() throws Exception {
        InetSocketAddress resolved = ListenAddress.parse("127.0.0.1:7070").resolve();

        assertThat(resolved.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(resolved.getPort()).isEqualTo(7070);
        assertThat(resolved.getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void resolvesABracketedIpv6Loopback() throws Exception {
        assertThat(ListenAddress.parse("[::1]:0").resolve().getAddress().isLoopbackAddress()).isTrue();
    }
}
