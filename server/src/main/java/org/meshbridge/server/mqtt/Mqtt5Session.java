package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuthBuilder;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5Connect;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** A {@link BrokerSession} speaking MQTT 5. */
final class Mqtt5Session implements BrokerSession {

    private final Mqtt5AsyncClient client;
    private final SessionOptions options;
    private final Runnable onConnect;
    private volatile PublishStream<Mqtt5Publish, Mqtt5PublishResult> stream;

    /** A session on a client of its own: the listener gets every message the client receives. */
    Mqtt5Session(Mqtt5AsyncClient client, SessionOptions options, Listener listener) {
        this(client, options, () -> { });
        client.publishes(MqttGlobalPublishFilter.ALL, p -> listener.onMessage(p.getTopic().toString(), p.getPayloadAsBytes()));
    }

    /**
     * A session on a client that {@link SharedClient} reuses: it routes messages and disconnects.
     *
     * @param onConnect runs once a connect succeeded, before the connect future completes
     */
    Mqtt5Session(Mqtt5AsyncClient client, SessionOptions options, Runnable onConnect) {
        this.client = client;
        this.options = options;
        this.onConnect = onConnect;
    }

    @Override
    public CompletableFuture<Void> connect() {
        Mqtt5ConnectBuilder connect = Mqtt5Connect.builder().cleanStart(!options.persistent())
                .sessionExpiryInterval(options.persistent() ? SessionOptions.SESSION_EXPIRY.toSeconds() : 0)
                .keepAlive((int) options.keepAlive().toSeconds());
        if (options.username().isPresent()) {
            Mqtt5SimpleAuthBuilder.Complete auth = Mqtt5SimpleAuth.builder().username(options.username().get());
            options.password().ifPresent(p -> auth.password(p.getBytes(StandardCharsets.UTF_8)));
            connect.simpleAuth(auth.build());
        }
        options.will().ifPresent(will -> connect.willPublish(Mqtt5Publish.builder().topic(will.topic())
                .payload(will.payload()).qos(qos(will.qos())).retain(will.retain()).build()));
        return client.connect(connect.build()).handle((ack, failure) -> {
            if (failure != null) {
                throw BrokerErrors.classify(failure, options.broker());
            }
            onConnect.run();
            stream = new PublishStream<>(client.toRx()::publish, Mqtt5PublishResult::getPublish, Mqtt5PublishResult::getError);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retain) {
        PublishStream<Mqtt5Publish, Mqtt5PublishResult> current = stream;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
        }
        return current.publish(Mqtt5Publish.builder().topic(topic).qos(qos(qos)).retain(retain).payload(payload).build(),
                topic);
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, int qos) {
        return client.subscribeWith().topicFilter(filter).qos(qos(qos)).send().thenApply(ack -> {
            if (ack.getReasonCodes().stream().anyMatch(code -> code.isError())) {
                throw new BrokerException("the broker refused the subscription to " + filter + ": "
                        + ack.getReasonCodes(), true, null);
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
        PublishStream<Mqtt5Publish, Mqtt5PublishResult> current = stream;
        if (current != null) {
            current.complete();
        }
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        PublishStream<Mqtt5Publish, Mqtt5PublishResult> current = stream;
        if (current != null) {
            current.complete();
        }
        return client.disconnect().exceptionally(e -> null);
    }

    static MqttQos qos(int code) {
        return MqttQos.fromCode(code);
    }
}
