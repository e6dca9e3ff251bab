package org.meshbridge.server.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.LivenessConfig;
import org.meshbridge.server.alert.AlertJson;
import org.meshbridge.server.alert.RecordingReceiver;
import org.meshbridge.server.alert.WebhookSignature;
import org.meshbridge.server.config.WebhookSettings;

/**
 * {@code meshbridge watch} against a real Mosquitto: node states published (retained) on
 * {@code meshcore/nodes/+} feed the server's liveness rules on a virtual clock; a repeater that
 * stops being heard gives exactly one silence alert at its threshold and one recovery, on the log,
 * a signed webhook and {@code meshcore/alerts/{id}}.
 */
class WatchIT {

    private static final String PREFIX = "meshcore";
    private static final String HILL = "5e".repeat(32);
    private static final String SECRET = "watchdog-webhook-secret";
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private MosquittoProcess broker;
    private RecordingReceiver receiver;
    private Mqtt3AsyncClient publisher;
    private final BlockingQueue<String[]> published = new LinkedBlockingQueue<>();
    private final HandOffScheduler scheduler = new HandOffScheduler(T0);
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private WatchSession watch;

    @BeforeEach
    void start() throws Exception {
        broker = MosquittoProcess.start(dir);
        receiver = new RecordingReceiver();
        publisher = MqttClient.builder().useMqttVersion3().identifier("test-publisher").serverHost("127.0.0.1")
                .serverPort(broker.port()).buildAsync();
        publisher.connectWith().cleanSession(true).send().get(10, TimeUnit.SECONDS);
        publisher.publishes(MqttGlobalPublishFilter.SUBSCRIBED, p -> published.add(new String[] {p.getTopic().toString(),
                new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8)}));
        publisher.subscribeWith().topicFilter(PREFIX + "/alerts/#").qos(MqttQos.AT_LEAST_ONCE).send()
                .get(10, TimeUnit.SECONDS);
        WatchSettings settings = new WatchSettings(BrokerUrl.parse(broker.url()), PREFIX, "watch-under-test",
                Optional.empty(), "", List.of(new WebhookSettings(receiver.url("/alerts"), SECRET, 3, Duration.ofMillis(10),
                        Duration.ofMillis(20), Duration.ofSeconds(5), 100)), true, LivenessConfig.DEFAULT);
        watch = WatchSession.start(settings, scheduler, List.of(alerts::add));
        watch.connect().get(10, TimeUnit.SECONDS);
        scheduler.runUntil(() -> watch.watchdog().isWatching(), "the watchdog hears the broker");
    }

    @AfterEach
    void stop() throws Exception {
        if (watch != null) {
            watch.close();
        }
        if (publisher != null) {
            publisher.disconnect().get(10, TimeUnit.SECONDS);
        }
        if (receiver != null) {
            receiver.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aSilentRepeaterRaisesOneAlertAtItsThresholdAndOneRecoveryOnEverySink() throws Exception {
        publishNode(HILL, "Hill", T0);
        scheduler.runUntil(() -> watch.watchdog().accepted() == 1, "the node state arrived");

        scheduler.advance(Duration.ofMinutes(59));
        assertThat(alerts).as("20 min adverts: offline after 3 × 20 min").isEmpty();
        scheduler.advance(Duration.ofMinutes(2));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT);
        assertThat(alerts.get(0).subject()).isEqualTo(HILL);
        assertThat(alerts.get(0).at()).isBetween(T0.plus(Duration.ofMinutes(60)), T0.plus(Duration.ofMinutes(61)));
        scheduler.advance(Duration.ofHours(3));
        assertThat(alerts).as("one alert per silence").hasSize(1);

        RecordingReceiver.Request hook = receiver.next();
        assertThat(new WebhookSignature(SECRET).verify(hook.body(), hook.header(WebhookSignature.HEADER))).isTrue();
        JsonNode hookBody = new ObjectMapper().readTree(hook.body());
        assertThat(hookBody.path("kind").asText()).isEqualTo("node_silent");
        assertThat(hookBody.path("subject").asText()).isEqualTo(HILL);
        String[] mqtt = nextPublished();
        assertThat(mqtt[0]).isEqualTo(PREFIX + "/alerts/" + HILL);
        assertThat(new ObjectMapper().readTree(mqtt[1])).isEqualTo(hookBody);

        Instant back = scheduler.now();
        publishNode(HILL, "Hill", back);
        scheduler.runUntil(() -> watch.watchdog().accepted() == 2, "the new node state arrived");

        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT, AlertKind.NODE_RECOVERED);
        assertThat(new ObjectMapper().readTree(receiver.next().body()).path("kind").asText()).isEqualTo("node_recovered");
        assertThat(new ObjectMapper().readTree(nextPublished()[1]).path("active").asBoolean()).isFalse();
    }

    @Test
    void aBadMessageIsCountedAndIgnoredAndTheNextGoodOneStillCounts() throws Exception {
        publisher.publishWith().topic(PREFIX + "/nodes/" + HILL).payload("{\"schema\":1,\"last_heard\":\"yesterday\"}"
                .getBytes(StandardCharsets.UTF_8)).qos(MqttQos.AT_LEAST_ONCE).send().get(10, TimeUnit.SECONDS);
        publishNode(HILL, "Hill", T0);

        scheduler.runUntil(() -> watch.watchdog().accepted() == 1, "the good node state arrived");

        assertThat(watch.watchdog().refused()).isEqualTo(1);
        scheduler.advance(Duration.ofMinutes(61));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT);
    }

    @Test
    void whileTheBridgeSaysItIsOfflineNoNodeIsBlamed() throws Exception {
        publishNode(HILL, "Hill", T0);
        scheduler.runUntil(() -> watch.watchdog().accepted() == 1, "the node state arrived");
        scheduler.advance(Duration.ofMinutes(30));

        publishStatus("{\"schema\":1,\"status\":\"offline\"}");
        scheduler.runUntil(() -> !watch.watchdog().isWatching(), "the watchdog holds alerts");
        scheduler.advance(Duration.ofHours(5));
        assertThat(alerts).isEmpty();
        publishStatus("{\"schema\":1,\"status\":\"online\",\"health\":\"ok\"}");
        scheduler.runUntil(() -> watch.watchdog().isWatching(), "the watchdog watches again");

        scheduler.advance(Duration.ofMinutes(29));
        assertThat(alerts).as("the 5 h the bridge was offline do not count").isEmpty();
        scheduler.advance(Duration.ofMinutes(2));
        assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.NODE_SILENT);
    }

    private void publishNode(String id, String name, Instant lastHeard) throws Exception {
        String json = "{\"schema\":1,\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"role\":\"repeater\",\"first_heard\":\""
                + AlertJson.time(T0) + "\",\"last_heard\":\"" + AlertJson.time(lastHeard) + "\",\"adverts_heard\":5,"
                + "\"observed_interval_s\":1200,\"hops\":1,\"state\":\"online\",\"state_since\":\"" + AlertJson.time(T0)
                + "\",\"monitored\":true,\"maintenance\":false,\"battery_low\":false,\"time\":\"" + AlertJson.time(lastHeard)
                + "\"}";
        publisher.publishWith().topic(PREFIX + "/nodes/" + id).payload(json.getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).retain(true).send().get(10, TimeUnit.SECONDS);
    }

    private void publishStatus(String json) throws Exception {
        publisher.publishWith().topic(PREFIX + "/status").payload(json.getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).retain(true).send().get(10, TimeUnit.SECONDS);
    }

    private String[] nextPublished() throws InterruptedException {
        String[] message = published.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("an alert published on MQTT within 10 s").isNotNull();
        return message;
    }
}
