package org.meshbridge.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.time.EventLoopScheduler;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.server.web.HttpOptions;
import org.meshbridge.server.web.HttpServer;
import org.meshbridge.server.web.ListenException;
import org.meshbridge.server.web.Routes;
import org.meshbridge.server.web.TlsFiles;

/** Real TLS: a CA and server certificate generated per test, the listener on 127.0.0.1, the client over wss. */
class GatewayTlsIT {

    private static final String TOKEN = "hilltop-secret-token-0123456789";

    @TempDir
    Path dir;

    private final EventLoopScheduler gatewayLoop = new EventLoopScheduler("gateway-tls-test", Clock.systemUTC());
    private final BlockingQueue<ReceivedFrame> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> statusLines = new LinkedBlockingQueue<>();
    private TestCertificates certificates;
    private GatewayRegistry registry;
    private HttpServer server;
    private GatewayClient client;

    @BeforeEach
    void startTlsServer() throws Exception {
        certificates = TestCertificates.create(dir);
        registry = new GatewayRegistry(GatewayTokens.of(Map.of("hilltop", TOKEN)), new ManualScheduler());
        registry.addListener(new GatewayRegistry.Listener() {
            @Override
            public void linkAdded(GatewayRadioLink link) {
                link.start(new RadioLink.Listener() {
                    @Override
                    public void onReceive(ReceivedFrame frame) {
                        frames.add(frame);
                    }

                    @Override
                    public void onStateChange(LinkState state) {
                    }
                });
            }

            @Override
            public void linkRemoved(GatewayRadioLink link) {
            }
        });
        server = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(),
                HttpOptions.loopbackOnly().withTls(certificates.serverFiles).withWebSocket(registry.route())).start();
    }

    @AfterEach
    void stopAll() {
        if (client != null) {
            client.close();
        }
        gatewayLoop.close();
        registry.close();
        server.close();
    }

    @Test
    void wssWithTheCaFileConnectsAndCarriesPackets() throws Exception {
        FakeRadio radio = new FakeRadio();
        startClient(radio, settings().withCaFile(certificates.caPem));
        awaitStatus("connected to wss://127.0.0.1:" + server.port() + "/api/v1/gateway as hilltop (link gw-hilltop)");

        radio.hear(Bytes.fromHex("1100aabb"), 8, -80, Instant.EPOCH);

        ReceivedFrame frame = frames.poll(10, TimeUnit.SECONDS);
        assertThat(frame).isNotNull();
        assertThat(frame.packet()).isEqualTo(Bytes.fromHex("1100aabb"));
        assertThat(registry.link("hilltop").orElseThrow().state().isUp()).isTrue();
    }

    @Test
    void wssWithoutTheCaFileDoesNotTrustTheServerAndStaysOffline() throws Exception {
        startClient(new FakeRadio(), settings());

        String line = awaitStatusStartingWith("offline: cannot connect: ");

        assertThat(line).containsIgnoringCase("certification path");
        assertThat(registry.links()).isEmpty();
    }

    @Test
    void aPlainListenerOnANonLoopbackAddressIsRefusedUnlessInsecure() {
        HttpServer plain = new HttpServer(new InetSocketAddress("0.0.0.0", 0), Routes.of(), HttpOptions.loopbackOnly());

        assertThatThrownBy(plain::start).isInstanceOf(ListenException.class)
                .hasMessage("refusing to listen on 0.0.0.0:0: not a loopback address and no TLS; configure server.tls"
                        + " (cert_file, key_file), listen on 127.0.0.1 behind a TLS reverse proxy, or allow it with insecure");
    }

    @Test
    void unusableTlsFilesStopTheStartWithALineNamingThem() throws Exception {
        Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello\n");
        TlsFiles broken = new TlsFiles(certificates.serverFiles.certChainPem(), notAKey);
        HttpServer tls = new HttpServer(new InetSocketAddress("127.0.0.1", 0), Routes.of(),
                HttpOptions.loopbackOnly().withTls(broken));

        assertThatThrownBy(tls::start).isInstanceOf(ListenException.class)
                .hasMessageStartingWith("cannot use TLS certificate " + broken.certChainPem() + " with key " + notAKey)
                .hasMessageEndingWith("check server.tls: a PEM certificate chain and an unencrypted PKCS#8 PEM key");
    }

    @Test
    void aCaFileWithoutACertificateIsRefusedWhenTheClientIsBuilt() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");

        assertThatThrownBy(() -> new GatewayClient(settings().withCaFile(empty), new FakeRadio(), gatewayLoop,
                new SplittableRandom(1), statusLines::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CA file " + empty + " holds no PEM certificate");
    }

    private GatewayClientSettings settings() {
        return GatewayClientSettings.of(URI.create("wss://127.0.0.1:" + server.port() + GatewayProtocol.PATH),
                "hilltop", TOKEN, "meshbridge test").withBackoff(Duration.ofMillis(20), Duration.ofMillis(100));
    }

    private void startClient(FakeRadio radio, GatewayClientSettings settings) {
        client = new GatewayClient(settings, radio, gatewayLoop, new SplittableRandom(3), statusLines::add);
        client.start();
    }

    private void awaitStatus(String expected) throws InterruptedException {
        String line = awaitStatusStartingWith(expected);
        assertThat(line).isEqualTo(expected);
    }

    private String awaitStatusStartingWith(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = statusLines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no status line starting with '" + prefix + "' within 10 s; saw:\n" + seen);
    }
}
