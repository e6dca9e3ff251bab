package org.meshbridge.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.server.net.Backoff;

/** The small parts: tokens, server URLs, backoff and the offline buffer. */
class GatewayUnitsTest {

    private static final String TOKEN = "0123456789abcdef";

    @Test
    void aTokenVerifiesOnlyForItsOwnGateway() {
        GatewayTokens tokens = GatewayTokens.of(Map.of("hilltop", TOKEN, "valley", "fedcba9876543210"));

        assertThat(tokens.verify("hilltop", TOKEN)).isTrue();
        assertThat(tokens.verify("valley", TOKEN)).isFalse();
        assertThat(tokens.verify("hilltop", TOKEN + "x")).isFalse();
        assertThat(tokens.verify("nobody", TOKEN)).isFalse();
        assertThat(tokens.toString()).doesNotContain(TOKEN);
    }

    @Test
    void storedHashesVerifyLikeTokens() {
        assertThat(GatewayTokens.hash(TOKEN)).hasSize(64);
        GatewayTokens tokens = GatewayTokens.ofHashes(Map.of("hilltop", GatewayTokens.hash(TOKEN)));

        assertThat(tokens.verify("hilltop", TOKEN)).isTrue();
        assertThat(tokens.verify("hilltop", "0123456789abcdeF")).isFalse();
    }

    @Test
    void aTokenOf15CharactersIsRefusedAnd16Accepted() {
        assertThatThrownBy(() -> GatewayTokens.of(Map.of("hilltop", "0123456789abcde")))
                .hasMessage("token of gateway 'hilltop' must be 16 to 256 printable ASCII characters without spaces"
                        + " (e.g. openssl rand -hex 32)");
        assertThat(GatewayTokens.of(Map.of("hilltop", TOKEN)).gatewayIds()).containsExactly("hilltop");
        assertThatThrownBy(() -> GatewayTokens.of(Map.of("hill top", TOKEN)))
                .hasMessage("gateway id must be 1-32 of A-Z a-z 0-9 . _ -: 'hill top'");
    }

    @Test
    void aServerUrlWithoutAPathGetsTheGatewayPath() {
        assertThat(GatewayServerUri.parse("wss://mesh.example.org:7070", false))
                .isEqualTo(URI.create("wss://mesh.example.org:7070/api/v1/gateway"));
        assertThat(GatewayServerUri.parse("wss://mesh.example.org/mesh/gw", false))
                .isEqualTo(URI.create("wss://mesh.example.org/mesh/gw"));
        assertThat(GatewayServerUri.parse("ws://127.0.0.1:7070/", false))
                .isEqualTo(URI.create("ws://127.0.0.1:7070/api/v1/gateway"));
        assertThat(GatewayServerUri.parse("ws://[::1]:7070", false)).isEqualTo(URI.create("ws://[::1]:7070/api/v1/gateway"));
    }

    @Test
    void plainWsToANonLoopbackHostIsRefusedWithoutInsecure() {
        assertThatThrownBy(() -> GatewayServerUri.parse("ws://192.0.2.10:7070", false))
                .hasMessage("refusing ws:// to 192.0.2.10: not a loopback host, and the token and packets would travel"
                        + " unencrypted; use wss:// (the server needs server.tls), or add --insecure");
        assertThat(GatewayServerUri.parse("ws://192.0.2.10:7070", true))
                .isEqualTo(URI.create("ws://192.0.2.10:7070/api/v1/gateway"));
    }

    @Test
    void theClientRefusesPlainWsToANonLoopbackHostEvenWhenBuiltDirectly() {
        GatewayClientSettings settings = GatewayClientSettings.of(URI.create("ws://192.0.2.10:7070/api/v1/gateway"),
                "hilltop", TOKEN, "test");

        assertThatThrownBy(() -> new GatewayClient(settings, new FakeRadio(), new org.meshbridge.core.time.ManualScheduler(),
                new SplittableRandom(1), line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("refusing ws:// to 192.0.2.10");
    }

    @Test
    void httpUrlsAndMissingHostsAreRefused() {
        assertThatThrownBy(() -> GatewayServerUri.parse("https://mesh.example.org", false))
                .hasMessage("'https://mesh.example.org' must start with wss:// (or ws:// on loopback)");
        assertThatThrownBy(() -> GatewayServerUri.parse("wss:///x", false))
                .hasMessage("'wss:///x' has no host (e.g. wss://mesh.example.org:7070)");
    }

    @Test
    void backoffDoublesWithinTheUpperHalfOfEachStepUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(42));

        for (int failures = 1; failures <= 12; failures++) {
            long step = Math.min(60_000, 1000L << Math.min(failures - 1, 20));
            assertThat(backoff.delay(failures).toMillis()).as("failure %d", failures).isBetween(step / 2, step);
        }
        assertThat(backoff.delay(Integer.MAX_VALUE).toMillis()).isBetween(30_000L, 60_000L);
    }

    @Test
    void theBufferDropsTheOldestWhenFullAndCountsEachOutage() {
        RxBuffer buffer = new RxBuffer(2);
        for (int i = 1; i <= 4; i++) {
            buffer.add(new RxMessage(Bytes.of((byte) i), Optional.of(new SignalReport(0, 0)), Instant.EPOCH));
        }

        assertThat(buffer.droppedSinceDrain()).isEqualTo(2);
        assertThat(buffer.drain()).extracting(rx -> rx.packet().get(0)).containsExactly(3, 4);
        assertThat(buffer.size()).isZero();
        assertThat(buffer.droppedSinceDrain()).isZero();
        assertThat(buffer.droppedTotal()).isEqualTo(2);
    }

    @Test
    void closeCodesAndMessageTypesLookUpByTheirWireSpelling() {
        assertThat(CloseCode.fromCode(4401)).contains(CloseCode.UNAUTHORIZED);
        assertThat(CloseCode.fromCode(4000)).isEmpty();
        assertThat(MessageType.fromCode("tx_result")).contains(MessageType.TX_RESULT);
        assertThat(MessageType.fromCode("TX_RESULT")).isEmpty();
        assertThat(MessageType.TX.fromGateway()).isFalse();
        assertThat(MessageType.PING.fromGateway()).isTrue();
    }
}
