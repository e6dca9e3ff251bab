package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
import com.hivemq.client.mqtt.exceptions.ConnectionFailedException;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.exceptions.MqttSessionExpiredException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.meshbridge.server.net.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the bridge's messages in the order they were produced, at least once: each message
 * is kept in the {@link OutboxStore} and in memory until the broker acknowledges it. While the
 * broker is away the outbox grows up to its limit (more is counted as overflow and dropped); the
 * bridge reconnects with backoff and then publishes what waited, oldest first.
 *
 * <p>All state lives on one thread ({@code meshbridge-mqtt}); {@link #add}, {@link #publishNow}
 * and {@link #stats} may be called from any thread.
 */
final class MqttPublisher implements AutoCloseable {

    /** Messages handed to the client and not yet acknowledged, at most. */
    static final int WINDOW = 1_000;
    /** How long {@link #close()} waits for the goodbye message and the disconnect. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);

    /** One outbox message in memory. */
    private static final class Entry {
        final OutboxMessage message;
        final byte[] payload;
        boolean acked;

        Entry(OutboxMessage message) {
            this.message = message;
            this.payload = message.payload().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What the bridge does around connections; on the publisher's thread. */
    interface Hooks {
        /** Connected: publish the status, subscribe. */
        void onConnected(BrokerSession session);

        /** About to disconnect on close: the last message to publish, if any. */
        Optional<OutboxMessage> goodbye();

        /** A message arrived on a subscription; on the client's thread. */
        void onMessage(String topic, byte[] payload);
    }

    private final String bridge;
    private final BrokerAddress broker;
    private final String brokerText;
    private final int qos;
    private final int limit;
    private final OutboxStore store;
    private final Clock clock;
    private final Backoff delays;
    private final Function<BrokerSession.Listener, BrokerSession> sessions;
    private final ScheduledExecutorService thread;
    private final ArrayDeque<Entry> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Entry> unsent = new ArrayDeque<>();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong overflow = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong disconnects = new AtomicLong();
    private final StatsListeners listeners = new StatsListeners(this::stats);
    private Hooks hooks;
    private volatile MqttStats.State state = MqttStats.State.CONNECTING;
    private volatile String lastError;
    private volatile int backlog;
    private BrokerSession session;
    private long generation;
    private int failures;
    private int unacked;
    private long nextSeq = 1;
    private long ackedThrough;
    private long removedThrough;
    private boolean removalQueued;
    private boolean overflowing;
    private ScheduledFuture<?> reconnect;

    MqttPublisher(String bridge, BrokerAddress broker, int qos, int limit, OutboxStore store, Clock clock,
                  Backoff delays, Function<BrokerSession.Listener, BrokerSession> sessions) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.broker = Objects.requireNonNull(broker, "broker");
        this.brokerText = broker.toString();
        this.qos = qos;
        this.limit = limit;
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meshbridge-mqtt");
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads what the outbox kept from an earlier run, then connects. */
    void start(Hooks connectionHooks) {
        this.hooks = Objects.requireNonNull(connectionHooks, "connectionHooks");
        thread.execute(() -> {
            List<OutboxMessage> kept = store.load(bridge);
            for (OutboxMessage message : kept) {
                unsent.add(new Entry(message));
                nextSeq = message.seq() + 1;
            }
            if (!kept.isEmpty()) {
                LOG.info("MQTT: {} messages kept from the last run will be published first", kept.size());
            }
            backlog = unsent.size();
            connect();
        });
    }

    /** The publisher's thread, for the bridge's timers. */
    ScheduledExecutorService thread() {
        return thread;
    }

    /**
     * Queues a message: kept in the outbox and published in order, or counted as overflow when
     * the outbox is full.
     */
    void add(String topic, String payload, boolean retain) {
        thread.execute(() -> {
            if (state == MqttStats.State.CLOSED) {
                return;
            }
            if (inFlight.size() + unsent.size() >= limit) {
                overflow.incrementAndGet();
                changed();
                if (!overflowing) {
                    overflowing = true;
                    LOG.warn("MQTT outbox full ({} messages waiting for {}): new messages are dropped and counted"
                            + " until the broker takes some", limit, brokerText);
                }
                return;
            }
            overflowing = false;
            OutboxMessage message = new OutboxMessage(nextSeq++, topic, payload, retain, clock.instant());
            store.add(bridge, message);
            unsent.add(new Entry(message));
            backlog = inFlight.size() + unsent.size();
            pump();
            changed();
        });
    }

    /**
     * Publishes now if connected, outside the outbox (status, errors): nothing is kept when the
     * broker is away. Completes when acknowledged; fails when not connected.
     */
    CompletableFuture<Void> publishNow(String topic, String payload, boolean retain) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        thread.execute(() -> {
            if (state != MqttStats.State.UP) {
                result.completeExceptionally(new IllegalStateException("not connected to " + brokerText));
                return;
            }
            session.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain).whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(null);
                }
            });
        });
        return result;
    }

    /** The current figures; any thread. */
    MqttStats stats() {
        return new MqttStats(state, brokerText, Optional.ofNullable(lastError), backlog, published.get(), overflow.get(),
                rejected.get(), connects.get(), disconnects.get());
    }

    /** Called with the figures after every state change, on the publisher's thread; must not block. */
    void addStateListener(java.util.function.Consumer<MqttStats> listener) {
        listeners.addStateListener(listener);
    }

    /** Called with the figures after every change (state, backlog, counters), on the publisher's thread. */
    void addStatsListener(java.util.function.Consumer<MqttStats> listener) {
        listeners.addStatsListener(listener);
    }

    void removeStatsListener(java.util.function.Consumer<MqttStats> listener) {
        listeners.removeStatsListener(listener);
    }

    private void setState(MqttStats.State next) {
        state = next;
        listeners.stateChanged();
    }

    private void changed() {
        listeners.changed();
    }

    private void connect() {
        if (state == MqttStats.State.CLOSED) {
            return;
        }
        long gen = ++generation;
        setState(MqttStats.State.CONNECTING);
        BrokerSession next = sessions.apply(new BrokerSession.Listener() {
            @Override
            public void onDisconnected(Throwable cause) {
                thread.execute(() -> disconnected(gen, cause));
            }

            @Override
            public void onMessage(String topic, byte[] payload) {
                hooks.onMessage(topic, payload);
            }
        });
        session = next;
        next.connect().whenCompleteAsync((v, failure) -> connected(gen, failure), thread);
    }

    private void connected(long gen, Throwable failure) {
        if (gen != generation || state == MqttStats.State.CLOSED) {
            return;
        }
        if (failure != null) {
            failures++;
            String reason = BrokerErrors.classify(failure, broker).getMessage();
            if (!reason.equals(lastError) || failures == 1) {
                LOG.warn("MQTT: {}; retrying with backoff ({} messages waiting)", reason, backlog);
            }
            lastError = reason;
            setState(MqttStats.State.DOWN);
            scheduleReconnect();
            return;
        }
        failures = 0;
        connects.incrementAndGet();
        setState(MqttStats.State.UP);
        LOG.info("MQTT: connected to {}{}", brokerText, backlog > 0 ? ", publishing " + backlog + " waiting messages" : "");
        hooks.onConnected(session);
        pump();
    }

    private void disconnected(long gen, Throwable cause) {
        if (gen != generation || state != MqttStats.State.UP) {
            return;
        }
        disconnects.incrementAndGet();
        generation++;
        String reason = "connection to " + brokerText + " lost: " + (cause == null ? "closed" : BrokerErrors.unwrap(cause)
                .getMessage());
        LOG.warn("MQTT: {}; reconnecting ({} messages waiting)", reason, backlog);
        lastError = reason;
        setState(MqttStats.State.DOWN);
        requeueUnacked();
        failures = 1;
        scheduleReconnect();
    }

    /** Unacknowledged messages go back to the front, in order; they are published again after reconnecting. */
    private void requeueUnacked() {
        for (Iterator<Entry> it = inFlight.descendingIterator(); it.hasNext();) {
            Entry entry = it.next();
            if (!entry.acked) {
                unsent.addFirst(entry);
            }
        }
        inFlight.clear();
        unacked = 0;
        backlog = unsent.size();
    }

    private void scheduleReconnect() {
        Duration delay = delays.delay(Math.max(1, failures));
        reconnect = thread.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pump() {
        while (state == MqttStats.State.UP && unacked < WINDOW && !unsent.isEmpty()) {
            Entry entry = unsent.poll();
            inFlight.add(entry);
            unacked++;
            long gen = generation;
            session.publish(entry.message.topic(), entry.payload, qos, entry.message.retain())
                    .whenCompleteAsync((v, failure) -> acknowledged(gen, entry, failure), thread);
        }
    }

    private void acknowledged(long gen, Entry entry, Throwable failure) {
        if (gen != generation) {
            return;
        }
        if (failure != null) {
            Throwable cause = BrokerErrors.unwrap(failure);
            if (lostConnection(cause)) {
                return;
            }
            rejected.incrementAndGet();
            LOG.warn("MQTT: dropped message {} on {}: {}", entry.message.seq(), entry.message.topic(), cause.getMessage());
        } else {
            published.incrementAndGet();
        }
        entry.acked = true;
        unacked--;
        while (!inFlight.isEmpty() && inFlight.peek().acked) {
            ackedThrough = inFlight.poll().message.seq();
        }
        backlog = inFlight.size() + unsent.size();
        if (!removalQueued && ackedThrough > removedThrough) {
            removalQueued = true;
            thread.execute(this::removeAcknowledged);
        }
        pump();
        changed();
    }

    private static boolean lostConnection(Throwable cause) {
        return cause instanceof ConnectionClosedException || cause instanceof ConnectionFailedException
                || cause instanceof MqttClientStateException || cause instanceof MqttSessionExpiredException
                || cause instanceof IllegalStateException;
    }

    /** One delete for every acknowledgement handled since the last one. */
    private void removeAcknowledged() {
        removalQueued = false;
        if (ackedThrough > removedThrough) {
            removedThrough = ackedThrough;
            store.removeThrough(bridge, removedThrough);
        }
    }

    /**
     * Publishes the goodbye (if connected), disconnects cleanly and stops the thread. What the
     * broker has not acknowledged stays in the outbox for the next start.
     */
    @Override
    public void close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                boolean wasUp = state == MqttStats.State.UP;
                BrokerSession last = session;
                Optional<OutboxMessage> goodbye = wasUp && hooks != null ? hooks.goodbye() : Optional.empty();
                setState(MqttStats.State.CLOSED);
                if (reconnect != null) {
                    reconnect.cancel(false);
                }
                removeAcknowledged();
                if (!wasUp) {
                    generation++;
                    if (last != null) {
                        last.disconnect();
                    }
                    done.complete(null);
                    return;
                }
                CompletableFuture<Void> bye = goodbye.map(m -> last.publish(m.topic(),
                        m.payload().getBytes(StandardCharsets.UTF_8), qos, m.retain())).orElse(CompletableFuture.completedFuture(null));
                bye.orTimeout(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> null)
                        .thenCompose(v -> last.disconnect()).orTimeout(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .whenComplete((v, e) -> done.complete(null));
            });
        } catch (java.util.concurrent.RejectedExecutionException alreadyClosed) {
            return;
        }
        try {
            done.get(2 * CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("MQTT: the disconnect did not finish cleanly: {}", e.toString());
        }
        thread.shutdown();
        try {
            thread.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
