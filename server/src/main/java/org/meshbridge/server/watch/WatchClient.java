package org.meshbridge.server.watch;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientSslConfigBuilder;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.meshbridge.core.nodes.Alert;
import org.meshbridge.server.alert.AlertJson;
import org.meshbridge.server.alert.AlertSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchdog's MQTT side (MQTT 3.1.1, so any broker will do): subscribes to
 * {@code {p}/nodes/+} and {@code {p}/status} at every (re)connect, hands each message to the
 * {@link Watchdog}, and tells it when the session comes and goes. Reconnects by itself with
 * growing delays. As an {@link AlertSink} it publishes alerts to {@code {p}/alerts/{node_id}}
 * (retained, as the server does) and bridge alerts to {@code {p}/alerts/bridge}.
 */
public final class WatchClient implements AlertSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WatchClient.class);

    private final Mqtt3AsyncClient client;
    private final String prefix;
    private final Watchdog watchdog;
    private final AlertJson json;
    private volatile boolean closing;

    private volatile Optional<Throwable> lastFailure = Optional.empty();

    /**
     * @param username empty for an anonymous session
     * @param password used only with a username
     * @param tls      CA and client certificate, used with a TLS broker
     */
    public WatchClient(BrokerUrl broker, String prefix, String clientId, Optional<String> username, byte[] password,
                       WatchTls tls, Watchdog watchdog, AlertJson json) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
        this.json = Objects.requireNonNull(json, "json");
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(clientId)
                .serverHost(broker.host()).serverPort(broker.port()).automaticReconnectWithDefaultConfig()
                .addConnectedListener(ctx -> subscribe())
                .addDisconnectedListener(ctx -> {
                    if (closing) {
                        ctx.getReconnector().reconnect(false);
                        return;
                    }
                    lastFailure = Optional.of(ctx.getCause());
                    LOG.warn("lost the broker {}: {}; holding alerts until it is back", broker, ctx.getCause().getMessage());
                    watchdog.brokerDisconnected();
                });
        if (broker.tls()) {
            MqttClientSslConfigBuilder ssl = MqttClientSslConfig.builder();
            tls.trust().ifPresent(ssl::trustManagerFactory);
            tls.keys().ifPresent(ssl::keyManagerFactory);
            builder = builder.sslConfig(ssl.build());
        }
        if (broker.webSocket()) {
            builder = builder.webSocketConfig().serverPath(broker.webSocketPath()).applyWebSocketConfig();
        }
        if (username.isPresent()) {
            builder = builder.simpleAuth().username(username.get()).password(password).applySimpleAuth();
        }
        this.client = builder.buildAsync();
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::received);
    }

    /** Why the last connection attempt or session failed (TLS, refused, lost), if one did. */
    public Optional<Throwable> lastFailure() {
        return lastFailure;
    }

    /** Connects; the returned stage completes when the first session is up (later ones reconnect by themselves). */
    public CompletableFuture<Void> connect() {
        return client.connectWith().cleanSession(true).keepAlive(30).send().thenApply(ack -> null);
    }

    private void subscribe() {
        client.subscribeWith().addSubscription().topicFilter(prefix + "/nodes/+").qos(MqttQos.AT_LEAST_ONCE)
                .applySubscription().addSubscription().topicFilter(prefix + "/status").qos(MqttQos.AT_LEAST_ONCE)
                .applySubscription().send().whenComplete((ack, error) -> {
                    if (error != null) {
                        LOG.warn("cannot subscribe to {}/nodes/+: {}", prefix, error.getMessage());
                    } else {
                        LOG.info("watching {}/nodes/+", prefix);
                        watchdog.brokerConnected();
                    }
                });
    }

    private void received(Mqtt3Publish publish) {
        String topic = publish.getTopic().toString();
        byte[] payload = publish.getPayloadAsBytes();
        if (topic.equals(prefix + "/status")) {
            watchdog.bridgeStatus(payload);
        } else if (topic.startsWith(prefix + "/nodes/") && payload.length > 0) {
            watchdog.nodeState(topic.substring(prefix.length() + "/nodes/".length()), payload);
        }
    }

    @Override
    public void deliver(Alert alert) {
        boolean bridge = alert.kind().isBridge();
        String topic = prefix + "/alerts/" + (bridge ? "bridge" : alert.subject());
        client.publishWith().topic(topic).payload(json.render(alert).getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).retain(!bridge).send().whenComplete((ack, error) -> {
                    if (error != null) {
                        LOG.warn("cannot publish the {} alert to {}: {}", alert.kind().key(), topic, error.getMessage());
                    }
                });
    }

    @Override
    public void close() {
        closing = true;
        try {
            client.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("disconnect: {}", e.toString());
        }
    }
}
