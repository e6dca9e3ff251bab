package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A subscriber that records every message under a filter, for tests to wait on. */
public final class MqttRecorder implements AutoCloseable {

    /** Generous: a timeout is a failure, never a pass. */
    public static final long TIMEOUT_SECONDS = 30;

    /** One message as received. */
    public record Received(String topic, String payload, boolean retain) {
    }

    private final Mqtt5AsyncClient client;
    private final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();
    private final List<Received> all = new ArrayList<>();

    private MqttRecorder(Mqtt5AsyncClient client) {
        this.client = client;
    }

    /** Connects to {@code port} on loopback and subscribes to {@code filter} at QoS 1. */
    public static MqttRecorder subscribe(int port, String filter) throws Exception {
        Mqtt5AsyncClient client = MqttClient.builder().useMqttVersion5().identifier("recorder-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(port).buildAsync();
        MqttRecorder recorder = new MqttRecorder(client);
        client.publishes(MqttGlobalPublishFilter.ALL, p -> recorder.queue.add(new Received(p.getTopic().toString(),
                new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8), p.isRetain())));
        client.connect().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return recorder;
    }

    /** Like {@link #subscribe}, logged in as {@code user}. */
    public static MqttRecorder subscribeAs(int port, String user, String password, String filter) throws Exception {
        Mqtt5AsyncClient client = MqttClient.builder().useMqttVersion5().identifier("recorder-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(port).buildAsync();
        MqttRecorder recorder = new MqttRecorder(client);
        client.publishes(MqttGlobalPublishFilter.ALL, p -> recorder.queue.add(new Received(p.getTopic().toString(),
                new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8), p.isRetain())));
        client.connectWith().simpleAuth().username(user).password(password.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth().send().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return recorder;
    }

    /**
     * Like {@link #subscribe} with a persistent session that reconnects by itself: with a broker
     * that persists sessions, nothing published while it was away from the broker is missed.
     */
    public static MqttRecorder subscribePersistent(int port, String filter) throws Exception {
        Mqtt5AsyncClient client = MqttClient.builder().useMqttVersion5().identifier("recorder-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(port).automaticReconnect().initialDelay(50, TimeUnit.MILLISECONDS)
                .maxDelay(500, TimeUnit.MILLISECONDS).applyAutomaticReconnect().buildAsync();
        MqttRecorder recorder = new MqttRecorder(client);
        client.publishes(MqttGlobalPublishFilter.ALL, p -> recorder.queue.add(new Received(p.getTopic().toString(),
                new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8), p.isRetain())));
        client.connectWith().cleanStart(false).sessionExpiryInterval(3600).send().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        client.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return recorder;
    }

    /** The next message matching {@code match}; earlier non-matching ones are kept in {@link #all()}. */
    public Received next(Predicate<Received> match) throws InterruptedException {
        while (true) {
            Received r = queue.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no matching message within " + TIMEOUT_SECONDS + " s; had " + all.size()
                        + ", the last " + all.subList(Math.max(0, all.size() - 3), all.size()));
            }
            all.add(r);
            if (match.test(r)) {
                return r;
            }
        }
    }

    /** The next {@code n} messages on {@code topicPrefix}…, in arrival order. */
    public List<Received> next(int n, String topicPrefix) throws InterruptedException {
        List<Received> found = new ArrayList<>();
        while (found.size() < n) {
            found.add(next(r -> r.topic().startsWith(topicPrefix)));
        }
        return found;
    }

    /** Publishes raw bytes (for inbound tests). */
    public void publish(String topic, byte[] payload) throws Exception {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Everything taken from the queue so far. */
    public List<Received> all() {
        return List.copyOf(all);
    }

    @Override
    public void close() throws Exception {
        client.disconnect().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
