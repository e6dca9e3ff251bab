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

    /** A new, unconnected session. */
    static BrokerSession open(SessionOptions options, BrokerSession.Listener listener) {
        MqttClientBuilder builder = MqttClient.builder().identifier(options.clientId())
                .serverHost(options.broker().host()).serverPort(options.broker().port())
                .executorConfig(EXECUTOR)
                .addDisconnectedListener(context -> listener.onDisconnected(context.getCause()));
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
        return options.version() == MqttVersion.V5
                ? new Mqtt5Session(builder.useMqttVersion5().buildAsync(), options, listener)
                : new Mqtt3Session(builder.useMqttVersion3().buildAsync(), options, listener);
    }
}
