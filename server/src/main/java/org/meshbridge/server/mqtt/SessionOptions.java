package org.meshbridge.server.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to open a {@link BrokerSession}.
 *
 * @param broker     where
 * @param version    MQTT 5 or 3.1.1
 * @param clientId   the client identifier
 * @param username   the login, if any
 * @param password   its password, if any
 * @param trust      trust for TLS (empty: the JVM default)
 * @param keys       a client certificate for TLS, if any
 * @param will       the last will, if any
 * @param persistent keep the session on the broker across connections (clean start off)
 * @param keepAlive  the keep-alive interval
 */
record SessionOptions(BrokerAddress broker, MqttVersion version, String clientId, Optional<String> username,
                      Optional<String> password, Optional<TrustManagerFactory> trust, Optional<KeyManagerFactory> keys,
                      Optional<Will> will, boolean persistent, Duration keepAlive) {

    /**
     * How long the broker keeps a persistent MQTT 5 session after the connection went away. The
     * client keeps its side as long, so this also bounds what an abandoned session holds.
     */
    static final Duration SESSION_EXPIRY = Duration.ofHours(1);

    /** A last will: published by the broker when the connection is lost without a clean disconnect. */
    record Will(String topic, byte[] payload, int qos, boolean retain) {
        Will {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(payload, "payload");
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }
    }

    SessionOptions {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(will, "will");
        Objects.requireNonNull(keepAlive, "keepAlive");
    }

    @Override
    public String toString() {
        return "SessionOptions[" + broker + ", MQTT " + version.code() + ", client " + clientId + "]";
    }
}
