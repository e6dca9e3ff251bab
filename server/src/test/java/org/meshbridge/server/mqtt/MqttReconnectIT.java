package org.meshbridge.server.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.server.net.Backoff;

/**
 * A publisher with a persistent session (what {@code mqtt.inbound} turns on) through 20 restarts
 * of a real Mosquitto (which forgets sessions when it stops): the sessions of earlier connections
 * are not kept reachable (one HiveMQ client is reused, {@link SharedClient}), and messages still
 * arrive on the subscription made after the last restart.
 */
class MqttReconnectIT {

    private static final int RESTARTS = 20;

    @TempDir
    Path dir;

    static Stream<Arguments> brokers() {
        return Stream.of(MqttVersion.values()).flatMap(v -> Stream.of(Arguments.of(v, false), Arguments.of(v, true)));
    }

    @ParameterizedTest(name = "MQTT {0}, broker keeps sessions: {1}")
    @MethodSource("brokers")
    void reconnectsKeepNoAbandonedSessionAndInboundStillWorks(MqttVersion version, boolean brokerKeepsSessions)
            throws Exception {
        MosquittoBroker.Options brokerOptions = brokerKeepsSessions ? MosquittoBroker.Options.plain().withPersistence()
                : MosquittoBroker.Options.plain();
        try (MosquittoBroker broker = MosquittoBroker.start(dir, brokerOptions)) {
            SessionOptions options = new SessionOptions(broker.address(), version, "reconnect-test", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true, Duration.ofSeconds(30));
            AtomicLong connectsSeen = new AtomicLong();
            Map<Long, CompletableFuture<Void>> subscriptions = new ConcurrentHashMap<>();
            List<WeakReference<BrokerSession.Listener>> made = new CopyOnWriteArrayList<>();
            Function<BrokerSession.Listener, BrokerSession> sessions = HiveMqSessions.sessions(options);
            List<String> received = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> last = new CompletableFuture<>();
            MqttPublisher publisher = new MqttPublisher("reconnect-test", broker.address(), 1, 1000, InMemoryOutbox.INSTANCE,
                    Clock.systemUTC(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), new SplittableRandom(1)),
                    listener -> {
                        made.add(new WeakReference<>(listener));
                        return sessions.apply(listener);
                    });
            try {
                publisher.start(new MqttPublisher.Hooks() {
                    @Override
                    public void onConnected(BrokerSession session) {
                        long connect = connectsSeen.incrementAndGet();
                        session.subscribe("reconnect-test/in", 1).thenRun(() -> subscribed(subscriptions, connect).complete(null));
                    }

                    @Override
                    public Optional<OutboxMessage> goodbye() {
                        return Optional.empty();
                    }

                    @Override
                    public void onMessage(String topic, byte[] payload) {
                        String text = new String(payload, java.nio.charset.StandardCharsets.UTF_8);
                        received.add(text);
                        if (text.equals("last")) {
                            last.complete(null);
                        }
                    }
                });
                for (int i = 1; i <= RESTARTS + 1; i++) {
                    long connects = i;
                    try {
                        connected(publisher, connects);
                    } catch (java.util.concurrent.TimeoutException e) {
                        throw new AssertionError("not connected " + connects + " times: " + publisher.stats()
                                + "\nbroker log:\n" + broker.log(), e);
                    }
                    if (i <= RESTARTS) {
                        broker.stop();
                        broker.start();
                    }
                }
                subscribed(subscriptions, publisher.stats().connects()).get(30, TimeUnit.SECONDS);
                try (MqttRecorder sender = MqttRecorder.subscribe(broker.port(), "unused/#")) {
                    sender.publish("reconnect-test/in", "still listening".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sender.publish("reconnect-test/in", "last".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                last.get(30, TimeUnit.SECONDS);
                assertThat(received).as("inbound after %d restarts, once each", RESTARTS)
                        .containsExactly("still listening", "last");
                int alive = 0;
                for (int round = 0; round < 10 && (alive = reachable(made)) > 1; round++) {
                    System.gc(); // a full collection clears the weak references of what nothing else holds
                }
                System.out.println("MQTT " + version.code() + (brokerKeepsSessions ? ", persistent broker" : "") + ": "
                        + made.size() + " sessions made, " + alive + " still reachable");
                assertThat(publisher.stats().connects()).isEqualTo(RESTARTS + 1);
                assertThat(alive).as("of %d clients made, only the connected one stays", made.size()).isEqualTo(1);
            } finally {
                publisher.close();
            }
        }
    }

    /** Completes when the subscription made on the {@code connect}-th connection was acknowledged. */
    private static CompletableFuture<Void> subscribed(Map<Long, CompletableFuture<Void>> subscriptions, long connect) {
        return subscriptions.computeIfAbsent(connect, n -> new CompletableFuture<>());
    }

    private static int reachable(List<WeakReference<BrokerSession.Listener>> refs) {
        int n = 0;
        for (WeakReference<BrokerSession.Listener> ref : refs) {
            if (ref.get() != null) {
                n++;
            }
        }
        return n;
    }

    private static void connected(MqttPublisher publisher, long connects) throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        publisher.addStatsListener(s -> {
            if (s.connects() >= connects && s.state() == MqttStats.State.UP) {
                up.complete(null);
            }
        });
        MqttStats now = publisher.stats();
        if (now.connects() >= connects && now.state() == MqttStats.State.UP) {
            return;
        }
        up.get(30, TimeUnit.SECONDS);
    }
}
