package org.meshbridge.server.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.NodeRegistryListener;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.nodes.NodeUpdate;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.core.room.RoomListener;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.server.config.MqttSettings;
import org.meshbridge.server.config.MqttTlsSettings;
import org.meshbridge.server.net.Backoff;
import org.meshbridge.server.net.PemFiles;
import org.meshbridge.server.web.ComponentHealth;
import org.meshbridge.server.web.ComponentState;
import org.meshbridge.server.web.HealthReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT bridge (issue 7, {@code docs/mqtt.md}): room and channel posts on
 * {@code {p}/messages/{room}}, node states and alerts on {@code {p}/nodes/…} and
 * {@code {p}/alerts/…}, the server's health on {@code {p}/status} (retained, last will
 * {@code offline}), and, when enabled, posts from {@code {p}/send/{room}}.
 *
 * <pre>{@code
 * MqttBridge bridge = MqttBridge.create(settings, "meshbridge-ab12cd", storage.outbox(), server::health, Clock.systemUTC(), random);
 * bridge.start();
 * bridge.attach(rooms);          // once the rooms run
 * bridge.stats().backlog();      // any thread
 * bridge.close();                // before the store closes
 * }</pre>
 *
 * <p>Messages, node states and alerts go through the durable outbox and are published in order,
 * at least once; status and errors are published only while connected. Any thread may call the
 * public methods; the work happens on the bridge's own thread.
 */
public final class MqttBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MqttBridge.class);
    /** Keep-alive towards the broker. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

    private final MqttSettings settings;
    private final Topics topics;
    private final Clock clock;
    private final Supplier<HealthReport> health;
    private final MqttPublisher publisher;
    private final InboundPosting inbound;
    private final RoomListener roomListener = this::onRoomEvent;
    private final NodeRegistryListener nodeListener = new NodeRegistryListener() {
        @Override
        public void onNodeUpdated(NodeSnapshot node, NodeUpdate why) {
            NodeThrottle throttle = nodeThrottle;
            if (throttle != null) {
                throttle.update(node, why);
            }
        }

        @Override
        public void onNodeRemoved(String nodeId) {
            NodeThrottle throttle = nodeThrottle;
            if (throttle != null) {
                throttle.removed(nodeId);
            }
        }

        @Override
        public void onAlert(Alert alert) {
            if (alert.kind().isBridge()) {
                publisher.add(topics.bridgeAlerts(), NodeJson.alert(alert), false);
            } else {
                publisher.add(topics.alert(alert.subject()), NodeJson.alert(alert), true);
            }
        }
    };
    private final CompletableFuture<Void> inboundReady = new CompletableFuture<>();
    private volatile Rooms rooms;
    private volatile NodeRegistry nodes;
    private volatile NodeThrottle nodeThrottle;

    private MqttBridge(MqttSettings settings, String clientId, OutboxStore outbox, Supplier<HealthReport> health,
                       Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.topics = new Topics(settings.topicPrefix());
        this.clock = clock;
        this.health = health;
        SessionOptions options = sessionOptions(settings, clientId, topics);
        this.publisher = new MqttPublisher(clientId, settings.broker(), settings.qos(), settings.outboxLimit(), outbox, clock,
                new Backoff(settings.reconnectMinDelay(), settings.reconnectMaxDelay(), random),
                HiveMqSessions.sessions(options));
        this.inbound = new InboundPosting(settings.inbound(), topics, () -> Optional.ofNullable(rooms), clock,
                (topic, why) -> publisher.publishNow(topics.errors(), MqttJson.error(topic, why.reason().code(),
                        why.getMessage(), clock.instant()), false));
    }

    /**
     * A bridge for {@code settings}, not yet connected.
     *
     * @param clientId the MQTT client id; also keys this bridge's rows in the outbox
     * @throws IllegalArgumentException when a TLS file cannot be used
     */
    public static MqttBridge create(MqttSettings settings, String clientId, OutboxStore outbox,
                                    Supplier<HealthReport> health, Clock clock, RandomGenerator random) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        return new MqttBridge(settings, clientId, outbox, health, clock, random);
    }

    /**
     * Always a persistent session (clean start off): with inbound on, {@code {p}/send/…} sent while
     * meshbridge was briefly away wait on the broker; either way the broker and the client resume
     * QoS 1 deliveries in flight. The outbox, not the session, is what makes nothing get lost.
     */
    private static final boolean PERSISTENT_SESSION = true;

    private static SessionOptions sessionOptions(MqttSettings settings, String clientId, Topics topics) {
        Optional<MqttTlsSettings> tls = settings.tls();
        SessionOptions.Will will = new SessionOptions.Will(topics.status(),
                MqttJson.offline("connection lost", null).getBytes(StandardCharsets.UTF_8), settings.qos(), true);
        return new SessionOptions(settings.broker(), settings.version(), clientId, settings.username(), settings.password(),
                tls.flatMap(MqttTlsSettings::caFile).map(PemFiles::trusting),
                tls.filter(t -> t.certFile().isPresent())
                        .map(t -> PemFiles.clientCertificate(t.certFile().get(), t.keyFile().get())),
                Optional.of(will), PERSISTENT_SESSION, KEEP_ALIVE);
    }

    /** Loads what the outbox kept, connects, and publishes the status every {@code status_interval}. */
    public void start() {
        publisher.start(new MqttPublisher.Hooks() {
            @Override
            public void onConnected(BrokerSession session) {
                publishStatus();
                if (settings.inbound().enabled()) {
                    session.subscribe(topics.sendFilter(), Math.max(1, settings.qos())).whenComplete((v, e) -> {
                        if (e != null) {
                            LOG.warn("MQTT: cannot subscribe to {}: {}", topics.sendFilter(), BrokerErrors.unwrap(e).getMessage());
                        } else {
                            inboundReady.complete(null);
                        }
                    });
                } else {
                    // the session is persistent: one resumed from a run with inbound on still has the subscription
                    session.unsubscribe(topics.sendFilter()).whenComplete((v, e) -> {
                        if (e != null) {
                            LOG.warn("MQTT: cannot drop the old subscription to {}: {}", topics.sendFilter(),
                                    BrokerErrors.unwrap(e).getMessage());
                        }
                    });
                }
            }

            @Override
            public Optional<OutboxMessage> goodbye() {
                return Optional.of(new OutboxMessage(0, topics.status(), MqttJson.offline("stopped", clock.instant()), true,
                        clock.instant()));
            }

            @Override
            public void onMessage(String topic, byte[] payload) {
                if (settings.inbound().enabled()) { // off: whatever an old subscription still brings is dropped
                    inbound.onMessage(topic, payload);
                }
            }
        });
        long period = settings.statusInterval().toMillis();
        publisher.thread().scheduleAtFixedRate(this::publishStatus, period, period, TimeUnit.MILLISECONDS);
    }

    /** Publishes every post stored in {@code hosted} from now on, and takes inbound posts for them. */
    public void attach(Rooms hosted) {
        Objects.requireNonNull(hosted, "hosted");
        this.rooms = hosted;
        hosted.events().addListener(roomListener);
    }

    /**
     * Publishes node states ({@code {p}/nodes/{id}}, retained) and alerts ({@code {p}/alerts/…})
     * from {@code registry} from now on, starting with every node it already knows. A node refreshed
     * only by packets is published at most once per {@code node_update_interval} ({@link NodeThrottle}).
     *
     * @param scheduler the registry's scheduler: its listeners run there, and so do held refreshes
     */
    public void attachNodes(NodeRegistry registry, Scheduler scheduler) {
        Objects.requireNonNull(registry, "registry");
        this.nodeThrottle = new NodeThrottle(settings.nodeUpdateInterval(), scheduler, this::publishNode);
        this.nodes = registry;
        registry.addListener(nodeListener);
        for (NodeSnapshot node : registry.nodes()) {
            publishNode(node);
        }
    }

    private void publishNode(NodeSnapshot node) {
        publisher.add(topics.node(node.id()), NodeJson.node(node, clock.instant()), true);
    }

    private void onRoomEvent(RoomEvent event) {
        if (event instanceof RoomEvent.PostStored stored) {
            publisher.add(topics.message(stored.room()), MqttJson.message(stored.post()), false);
        }
    }

    /**
     * Queues a message through the outbox (kept until acknowledged, in order with the others):
     * for node states and alerts.
     */
    public void publish(String topic, String json, boolean retain) {
        publisher.add(topic, json, retain);
    }

    /** Publishes {@code {p}/status} now, if connected; completes when the broker has it. */
    public CompletableFuture<Void> publishStatus() {
        HealthReport report;
        try {
            report = health.get();
        } catch (RuntimeException e) {
            LOG.debug("MQTT: no health report yet: {}", e.toString());
            return CompletableFuture.failedFuture(e);
        }
        return publisher.publishNow(topics.status(), MqttJson.online(report, stats(), clock.instant()), true)
                .exceptionally(e -> null);
    }

    /**
     * Calls {@code listener} with the figures after every change of the connection's state
     * (connecting, up, down, closed), on the bridge's thread; it must not block.
     */
    public void addStateListener(java.util.function.Consumer<MqttStats> listener) {
        publisher.addStateListener(listener);
    }

    /**
     * Completes with the first figures (now, or after any change of state, backlog or counters)
     * that {@code wanted} accepts.
     */
    public CompletableFuture<MqttStats> whenStats(java.util.function.Predicate<MqttStats> wanted) {
        CompletableFuture<MqttStats> result = new CompletableFuture<>();
        java.util.function.Consumer<MqttStats> listener = s -> {
            if (!result.isDone() && wanted.test(s)) {
                result.complete(s);
            }
        };
        publisher.addStatsListener(listener);
        result.whenComplete((s, e) -> publisher.removeStatsListener(listener));
        listener.accept(stats());
        return result;
    }

    /** Completes once the subscription to {@code {p}/send/+} is acknowledged (inbound on). */
    CompletableFuture<Void> inboundReady() {
        return inboundReady;
    }

    /** The topic tree. */
    public Topics topics() {
        return topics;
    }

    /** Connection state, backlog and counters; any thread. */
    public MqttStats stats() {
        return publisher.stats();
    }

    /** Posts taken from {@code {p}/send/…} and refused ones. */
    public long inboundPosted() {
        return inbound.posted();
    }

    /** Messages on {@code {p}/send/…} that were refused (each reported on {@code {p}/errors}). */
    public long inboundRefused() {
        return inbound.refused();
    }

    /** {@code /healthz}'s {@code mqtt}: state, broker, backlog, overflow and why it is down. */
    public ComponentHealth health() {
        MqttStats stats = stats();
        ComponentState state = switch (stats.state()) {
            case CONNECTING -> ComponentState.CONNECTING;
            case UP -> ComponentState.UP;
            case DOWN -> ComponentState.DOWN;
            case CLOSED -> ComponentState.CLOSED;
        };
        return new ComponentHealth(state, stats.broker(), (int) Math.min(Integer.MAX_VALUE, stats.backlog()),
                stats.overflow(), stats.state() == MqttStats.State.UP ? null : stats.lastError().orElse(null));
    }

    /** Stops listening, publishes {@code offline} and disconnects; unacknowledged messages stay in the outbox. */
    @Override
    public void close() {
        Rooms hosted = rooms;
        if (hosted != null) {
            hosted.events().removeListener(roomListener);
        }
        NodeRegistry registry = nodes;
        if (registry != null) {
            registry.removeListener(nodeListener);
            nodeThrottle.close();
        }
        publisher.close();
    }
}
