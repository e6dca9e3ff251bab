package org.meshbridge.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.server.alert.AlertJson;
import org.meshbridge.server.gateway.TestCertificates;
import org.meshbridge.server.mqtt.MosquittoBroker;
import org.meshbridge.server.net.PemFiles;

/**
 * {@code meshbridge watch} over {@code mqtts://} to a real Mosquitto that trusts only our test CA
 * and asks for a client certificate: with {@code --ca-file} and {@code --cert-file/--key-file}
 * it connects and reads the node states; trusting another CA it does not connect, and says why.
 */
class WatchTlsIT {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String HILL = "5e".repeat(32);

    @TempDir
    Path dir;

    private MosquittoBroker broker;
    private TestCertificates certs;
    private WatchSession watch;
    private final HandOffScheduler scheduler = new HandOffScheduler(T0);

    @BeforeEach
    void start() throws Exception {
        certs = TestCertificates.create(Files.createDirectories(dir.resolve("ours")));
        broker = MosquittoBroker.start(dir, MosquittoBroker.Options.plain().withTls(new MosquittoBroker.TlsFiles(
                certs.caPem, certs.serverFiles.certChainPem(), certs.serverFiles.privateKeyPem(), true)));
    }

    @AfterEach
    void stop() throws Exception {
        if (watch != null) {
            watch.close();
        }
        broker.close();
    }

    @Test
    void withTheBrokersCaAndAClientCertificateItConnectsAndReadsNodeStates() throws Exception {
        publishRetainedNode();
        WatchTls tls = new WatchTls(Optional.of(PemFiles.trusting(certs.caPem)), Optional.of(PemFiles.clientCertificate(
                certs.clientFiles.certChainPem(), certs.clientFiles.privateKeyPem())));
        watch = WatchSession.start(settings(tls), scheduler, List.of());

        watch.connect().get(10, TimeUnit.SECONDS);

        scheduler.runUntil(() -> watch.watchdog().accepted() == 1, "the retained node state arrived over TLS");
    }

    @Test
    void trustingAnotherCaItDoesNotConnectAndSaysWhy() throws Exception {
        TestCertificates other = TestCertificates.create(Files.createDirectories(dir.resolve("other")));
        WatchTls tls = new WatchTls(Optional.of(PemFiles.trusting(other.caPem)), Optional.of(PemFiles.clientCertificate(
                certs.clientFiles.certChainPem(), certs.clientFiles.privateKeyPem())));
        watch = WatchSession.start(settings(tls), scheduler, List.of());

        CompletableFuture<Void> connected = watch.connect();

        scheduler.runUntil(() -> watch.lastFailure().isPresent(), "the failed handshake is reported");
        assertThat(watch.lastFailure().orElseThrow()).hasCauseInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("PKIX path validation failed");
        assertThat(connected).isNotDone();
        assertThat(watch.watchdog().accepted()).isZero();
    }

    private WatchSettings settings(WatchTls tls) {
        return new WatchSettings(BrokerUrl.parse("mqtts://localhost:" + broker.tlsPort()), "meshcore", "watch-tls",
                Optional.empty(), "", List.of(), false, LivenessConfig.DEFAULT, tls);
    }

    private void publishRetainedNode() throws Exception {
        Mqtt3AsyncClient publisher = MqttClient.builder().useMqttVersion3().identifier("tls-test-publisher")
                .serverHost("127.0.0.1").serverPort(broker.port()).buildAsync();
        publisher.connectWith().cleanSession(true).send().get(10, TimeUnit.SECONDS);
        String json = "{\"schema\":1,\"id\":\"" + HILL + "\",\"name\":\"Hill\",\"role\":\"repeater\",\"first_heard\":\""
                + AlertJson.time(T0) + "\",\"last_heard\":\"" + AlertJson.time(T0) + "\",\"adverts_heard\":5,"
                + "\"observed_interval_s\":1200,\"hops\":1,\"state\":\"online\",\"state_since\":\"" + AlertJson.time(T0)
                + "\",\"monitored\":true,\"maintenance\":false,\"battery_low\":false,\"time\":\"" + AlertJson.time(T0) + "\"}";
        publisher.publishWith().topic("meshcore/nodes/" + HILL).payload(json.getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).retain(true).send().get(10, TimeUnit.SECONDS);
        publisher.disconnect().get(10, TimeUnit.SECONDS);
    }
}
