package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.auth.Mqtt3SimpleAuth;
import com.hivemq.client.mqtt.mqtt3.message.auth.Mqtt3SimpleAuthBuilder;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3Connect;
import com.hivemq.client.mqtt.mqtt3.message.connect.Mqtt3ConnectBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3PublishResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** A {@link BrokerSession} speaking MQTT 3.1.1. */
final class Mqtt3Session implements BrokerSession {

    private final Mqtt3AsyncClient client;
    private final SessionOptions options;
    private final Runnable onConnect;
    private volatile PublishStream<Mqtt3Publish, Mqtt3PublishResult> stream;

    /** A session on a client of its own: the listener gets every message the client receives. */
    Mqtt3Session(Mqtt3AsyncClient client, SessionOptions options, Listener listener) {
        this(client, options, () -> { });
        client.publishes(MqttGlobalPublishFilter.ALL, p -> listener.onMessage(p.getTopic().toString(), p.getPayloadAsBytes()));
    }

    /**
     * A session on a client that {@link SharedClient} reuses: it routes messages and disconnects.
     *
     * @param onConnect runs once a connect succeeded, before the connect future completes
     */
    Mqtt3Session(Mqtt3AsyncClient client, SessionOptions options, Runnable onConnect) {
        this.client = client;
        this.options = options;
        this.onConnect = onConnect;
    }

    @Override
    public CompletableFuture<Void> connect() {
        Mqtt3ConnectBuilder connect = Mqtt3Connect.builder().cleanSession(!options.persistent())
                .keepAlive((int) options.keepAlive().toSeconds());
        if (options.username().isPresent()) {
            Mqtt3SimpleAuthBuilder.Complete auth = Mqtt3SimpleAuth.builder().username(options.username().get());
            options.password().ifPresent(p -> auth.password(p.getBytes(StandardCharsets.UTF_8)));
            connect.simpleAuth(auth.build());
        }
        options.will().ifPresent(will -> connect.willPublish(Mqtt3Publish.builder().topic(will.topic())
                .payload(will.payload()).qos(Mqtt5Session.qos(will.qos())).retain(will.retain()).build()));
        return client.connect(connect.build()).handle((ack, failure) -> {
            if (failure != null) {
                throw BrokerErrors.classify(failure, options.broker());
            }
            onConnect.run();
            stream = new PublishStream<>(client.toRx()::publish, Mqtt3PublishResult::getPublish, Mqtt3PublishResult::getError);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain) {
        PublishStream<Mqtt3Publish, Mqtt3PublishResult> current = stream;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
        }
        return current.publish(Mqtt3Publish.builder().topic(topic).qos(Mqtt5Session.qos(qos)).retain(retain)
                .payload(payload).build(), topic);
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, int qos) {
        return client.subscribeWith().topicFilter(filter).qos(Mqtt5Session.qos(qos)).send().thenApply(ack -> {
            if (ack.getReturnCodes().stream().anyMatch(code -> code.isError())) {
                throw new BrokerException("the broker refused the subscription to " + filter, true, null);
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return client.unsubscribeWith().topicFilter(filter).send().thenApply(ack -> null);
    }

    /**
     * Ends this connection's publish stream without disconnecting: the client serves a newer
     * session now, and the stream ends once the client has reported what it still had in flight.
     */
    void endStream() {
        PublishStream<Mqtt3Publish, Mqtt3PublishResult> current = stream;
        if (current != null) {
            current.complete();
        }
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        PublishStream<Mqtt3Publish, Mqtt3PublishResult> current = stream;
        if (current != null) {
            current.complete();
        }
        return client.disconnect().exceptionally(e -> null);
    }
}
