package org.meshbridge.server.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientSslConfigBuilder;
import com.hivemq.client.mqtt.MqttWebSocketConfig;
import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** Makes {@link BrokerSession}s on the HiveMQ MQTT client, for MQTT 5 or 3.1.1. */
final class HiveMqSessions {

    /** How long a TLS or WebSocket handshake may take. */
    static final long HANDSHAKE_SECONDS = 15;
    /** Netty I/O threads shared by every session: daemon threads, so they never keep the JVM alive. */
    private static final MqttClientExecutorConfig EXECUTOR = MqttClientExecutorConfig.builder()
            .nettyExecutor(Executors.newCachedThreadPool(daemon("meshbridge-mqtt-io-"))).nettyThreads(2).build();

    private HiveMqSessions() {
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * What makes a publisher's sessions: a new client for each connection, except with a persistent
     * session, where every connection reuses one client ({@link SharedClient}). The HiveMQ client
     * keeps its side of a persistent session after the connection is lost (MQTT 5: for the session
     * expiry interval, on a timer of the shared I/O threads), so a new client per reconnect would
     * leave each old one reachable that long.
     */
    static Function<BrokerSession.Listener, BrokerSession> sessions(SessionOptions options) {
        if (options.persistent()) {
            SharedClient shared = new SharedClient(options);
            return shared::next;
        }
        return listener -> open(options, listener);
    }

    /** A new, unconnected session on a client of its own. */
    static BrokerSession open(SessionOptions options, BrokerSession.Listener listener) {
        MqttClientBuilder builder = builder(options, listener::onDisconnected);
        return options.version() == MqttVersion.V5
                ? new Mqtt5Session(builder.useMqttVersion5().buildAsync(), options, listener)
                : new Mqtt3Session(builder.useMqttVersion3().buildAsync(), options, listener);
    }

    /** A client builder for {@code options}: address, TLS, WebSocket, shared I/O threads; not built. */
    static MqttClientBuilder builder(SessionOptions options, Consumer<Throwable> disconnected) {
        MqttClientBuilder builder = MqttClient.builder().identifier(options.clientId())
                .serverHost(options.broker().host()).serverPort(options.broker().port())
                .executorConfig(EXECUTOR)
                .addDisconnectedListener(context -> disconnected.accept(context.getCause()));
        BrokerAddress.Transport transport = options.broker().transport();
        if (transport.tls()) {
            MqttClientSslConfigBuilder ssl = MqttClientSslConfig.builder().handshakeTimeout(HANDSHAKE_SECONDS, TimeUnit.SECONDS);
            options.trust().ifPresent(ssl::trustManagerFactory);
            options.keys().ifPresent(ssl::keyManagerFactory);
            builder = builder.sslConfig(ssl.build());
        }
        if (transport.webSocket()) {
            builder = builder.webSocketConfig(MqttWebSocketConfig.builder().serverPath(options.broker().path())
                    .handshakeTimeout(HANDSHAKE_SECONDS, TimeUnit.SECONDS).build());
        }
        return builder;
    }
}
