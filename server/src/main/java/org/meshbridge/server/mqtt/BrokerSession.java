package org.meshbridge.server.mqtt;

import java.util.concurrent.CompletableFuture;

/**
 * One connection to a broker, MQTT 3.1.1 or 5 ({@link HiveMqSessions} makes them). Futures
 * complete on the client's threads. A session is used once: after a disconnect, the bridge makes a
 * new one with the same client id, so the broker resumes the persistent session while the
 * bridge's own outbox decides what is published again.
 */
interface BrokerSession {

    /** Connects; fails with {@link BrokerException} saying why (refused login, unreachable, TLS). */
    CompletableFuture<Void> connect();

    /**
     * Publishes; completes when the broker acknowledged it (QoS 1 and 2) or it was written (QoS 0).
     * Fails with {@link PublishRejectedException} when the broker answered with an error code, or
     * with another exception when the connection went away first.
     */
    CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain);

    /** Subscribes to {@code filter}; messages arrive on {@link Listener#onMessage}. */
    CompletableFuture<Void> subscribe(String filter, int qos);

    /** Drops a subscription, if the session has it (a resumed session keeps an earlier run's). */
    CompletableFuture<Void> unsubscribe(String filter);

    /** Disconnects cleanly (the will is not sent). */
    CompletableFuture<Void> disconnect();

    /** What a session reports; on the client's threads. */
    interface Listener {

        /** The connection was lost or closed, with the cause. */
        void onDisconnected(Throwable cause);

        /** A message arrived on a subscription. */
        void onMessage(String topic, byte[] payload);
    }
}
