package org.meshbridge.server.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.server.mqtt.BrokerAddress;
import org.meshbridge.server.mqtt.MqttVersion;

/**
 * The {@code mqtt} section (issue 7): where the bridge publishes, how it logs in, and how much it
 * keeps while the broker is away. Every key and its default is in {@code docs/configuration.md}.
 *
 * @param enabled           whether the bridge runs; default false
 * @param broker            {@code mqtt://}, {@code mqtts://}, {@code ws://} or {@code wss://} URL; default {@value #DEFAULT_BROKER}
 * @param version           MQTT 5 (default) or 3.1.1
 * @param topicPrefix       the first topic levels, {@code {p}}; default {@value #DEFAULT_TOPIC_PREFIX}
 * @param clientId          the MQTT client identifier; default {@code meshbridge-} and the node key's first 6 bytes in hex
 * @param username          the user name to log in with, if any
 * @param password          its password (from {@code password} or {@code password_file}); never printed
 * @param tls               CA and client certificate for {@code mqtts://} and {@code wss://}
 * @param qos               0, 1 (default) or 2 for everything published
 * @param statusInterval    how often {@code {p}/status} is published; default 60 s
 * @param nodeUpdateInterval the least time between two {@code {p}/nodes/{id}} messages of one node
 *                          that only packets it relayed or sent refreshed (a busy repeater is
 *                          refreshed many times a minute); new nodes, adverts, battery and liveness
 *                          changes go out at once; default 60 s, 0 publishes every refresh
 * @param outboxLimit       messages kept for the broker at most; more are counted as overflow and dropped
 * @param reconnectMinDelay the first reconnect delay, doubling up to {@code reconnectMaxDelay}
 * @param reconnectMaxDelay the longest reconnect delay
 * @param insecure          allows plain {@code mqtt://} or {@code ws://} to a non-loopback broker
 * @param inbound           {@code {p}/send/{room}} posting; off by default
 * @param observer          the community observer feed; off by default
 */
public record MqttSettings(boolean enabled, BrokerAddress broker, MqttVersion version, String topicPrefix,
                           Optional<String> clientId, Optional<String> username, Optional<String> password,
                           Optional<MqttTlsSettings> tls, int qos, Duration statusInterval, Duration nodeUpdateInterval,
                           int outboxLimit,
                           Duration reconnectMinDelay, Duration reconnectMaxDelay, boolean insecure,
                           MqttInboundSettings inbound, ObserverSettings observer) {

    public static final String DEFAULT_BROKER = "mqtt://localhost:1883";
    public static final String DEFAULT_TOPIC_PREFIX = "meshcore";
    public static final int DEFAULT_QOS = 1;
    public static final Duration DEFAULT_STATUS_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_NODE_UPDATE_INTERVAL = Duration.ofSeconds(60);
    public static final int DEFAULT_OUTBOX_LIMIT = 100_000;
    public static final int MAX_OUTBOX_LIMIT = 10_000_000;
    public static final Duration DEFAULT_RECONNECT_MIN_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(60);

    /** The bridge switched off. */
    public static final MqttSettings DISABLED = new MqttSettings(false, BrokerAddress.parse(DEFAULT_BROKER),
            MqttVersion.V5, DEFAULT_TOPIC_PREFIX, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), DEFAULT_QOS, DEFAULT_STATUS_INTERVAL, DEFAULT_NODE_UPDATE_INTERVAL, DEFAULT_OUTBOX_LIMIT,
            DEFAULT_RECONNECT_MIN_DELAY, DEFAULT_RECONNECT_MAX_DELAY, false, MqttInboundSettings.DISABLED,
            ObserverSettings.DISABLED);

    public MqttSettings {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(statusInterval, "statusInterval");
        Objects.requireNonNull(nodeUpdateInterval, "nodeUpdateInterval");
        Objects.requireNonNull(reconnectMinDelay, "reconnectMinDelay");
        Objects.requireNonNull(reconnectMaxDelay, "reconnectMaxDelay");
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(observer, "observer");
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("qos must be 0..2, was " + qos);
        }
        if (nodeUpdateInterval.isNegative()) {
            throw new IllegalArgumentException("nodeUpdateInterval must not be negative, was " + nodeUpdateInterval);
        }
        if (outboxLimit < 1) {
            throw new IllegalArgumentException("outboxLimit must be positive, was " + outboxLimit);
        }
        if (reconnectMinDelay.isNegative() || reconnectMinDelay.isZero() || reconnectMaxDelay.compareTo(reconnectMinDelay) < 0) {
            throw new IllegalArgumentException("need 0 < reconnectMinDelay <= reconnectMaxDelay");
        }
    }

    /** Enabled, publishing to {@code broker} with the defaults otherwise (tests, examples). */
    public static MqttSettings to(BrokerAddress broker) {
        return DISABLED.withEnabled(true).withBroker(broker);
    }

    public MqttSettings withEnabled(boolean on) {
        return new MqttSettings(on, broker, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure,
                inbound, observer);
    }

    public MqttSettings withBroker(BrokerAddress address) {
        return new MqttSettings(enabled, address, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure,
                inbound, observer);
    }

    public MqttSettings withVersion(MqttVersion v) {
        return new MqttSettings(enabled, broker, v, topicPrefix, clientId, username, password, tls, qos, statusInterval,
                nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure, inbound, observer);
    }

    public MqttSettings withTopicPrefix(String prefix) {
        return new MqttSettings(enabled, broker, version, prefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure,
                inbound, observer);
    }

    public MqttSettings withClientId(String id) {
        return new MqttSettings(enabled, broker, version, topicPrefix, Optional.of(id), username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure,
                inbound, observer);
    }

    public MqttSettings withLogin(String user, String pass) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, Optional.of(user), Optional.of(pass),
                tls, qos, statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay,
                insecure, inbound, observer);
    }

    public MqttSettings withTls(MqttTlsSettings t) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, Optional.of(t),
                qos, statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure,
                inbound, observer);
    }

    public MqttSettings withStatusInterval(Duration interval) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, tls, qos, interval,
                nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure, inbound, observer);
    }

    public MqttSettings withNodeUpdateInterval(Duration interval) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, interval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure, inbound,
                observer);
    }

    public MqttSettings withOutboxLimit(int limit) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, limit, reconnectMinDelay, reconnectMaxDelay, insecure, inbound,
                observer);
    }

    public MqttSettings withReconnectDelays(Duration min, Duration max) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, min, max, insecure, inbound, observer);
    }

    public MqttSettings withInbound(MqttInboundSettings in) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure, in,
                observer);
    }

    public MqttSettings withObserver(ObserverSettings out) {
        return new MqttSettings(enabled, broker, version, topicPrefix, clientId, username, password, tls, qos,
                statusInterval, nodeUpdateInterval, outboxLimit, reconnectMinDelay, reconnectMaxDelay, insecure,
                inbound, out);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "MqttSettings[enabled=" + enabled + ", broker=" + broker + ", version=" + version.code() + ", topicPrefix="
                + topicPrefix + ", clientId=" + clientId.orElse("(default)") + ", username=" + username.orElse("(none)")
                + ", password=" + (password.isPresent() ? "(set)" : "(none)") + ", qos=" + qos + "]";
    }
}
