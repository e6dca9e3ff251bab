package org.meshbridge.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.server.mqtt.BrokerAddress;
import org.meshbridge.server.mqtt.MqttVersion;

/** The {@code mqtt} section: the bridge, its inbound posting and the community observer feed. */
final class MqttConfig {

    private static final Set<String> KEYS = Set.of("enabled", "broker", "version", "topic_prefix", "client_id", "username",
            "password", "password_file", "tls", "qos", "status_interval", "node_update_interval", "outbox_limit", "reconnect_min_delay",
            "reconnect_max_delay", "insecure", "inbound", "observer");
    private static final String KEY_LIST = "enabled, broker, version, topic_prefix, client_id, username, password,"
            + " password_file, tls, qos, status_interval, node_update_interval, outbox_limit, reconnect_min_delay, reconnect_max_delay, insecure,"
            + " inbound, observer";
    private static final Set<String> TLS_KEYS = Set.of("ca_file", "cert_file", "key_file");
    private static final Set<String> INBOUND_KEYS = Set.of("enabled", "account", "max_per_minute", "rooms");
    private static final Set<String> OBSERVER_KEYS = Set.of("enabled", "broker", "iata", "auth", "audience", "username",
            "password", "password_file", "tls", "packet_types", "status_interval", "token_lifetime");
    private static final String OBSERVER_KEY_LIST = "enabled, broker, iata, auth, audience, username, password,"
            + " password_file, tls, packet_types, status_interval, token_lifetime";
    /** Topic levels: no wildcards, no empty level, no {@code $} system prefix. */
    private static final Pattern TOPIC_PREFIX = Pattern.compile("[^/+#$\\u0000][^+#\\u0000]{0,99}");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ACCOUNT = Pattern.compile("[^\\p{Cntrl}]{1,32}");
    private static final Pattern IATA = Pattern.compile("[A-Za-z]{3}");
    /** The most rooms {@code inbound.rooms} may list, and packet type names {@code observer.packet_types}. */
    private static final int MAX_ROOMS = 1_000;
    private static final int MAX_PACKET_TYPES = 16;
    private static final int MAX_PASSWORD_BYTES = 4096;
    private static final Duration MIN_DELAY = Duration.ofSeconds(1);

    private MqttConfig() {
    }

    static MqttSettings parse(ConfigNode mqtt, Set<String> roomNames) throws ConfigException {
        mqtt.refuseUnknown(KEYS, KEY_LIST);
        MqttSettings d = MqttSettings.DISABLED;
        BrokerAddress broker = broker(mqtt, "broker").orElse(d.broker());
        String prefix = mqtt.text("topic_prefix").orElse(d.topicPrefix());
        if (!TOPIC_PREFIX.matcher(prefix).matches() || prefix.endsWith("/") || prefix.contains("//")) {
            throw new ConfigException(mqtt.keyPath("topic_prefix"), "must be 1-100 characters of topic levels separated by"
                    + " '/', without '+', '#', a leading '$' or an empty level, was \"" + prefix + "\"");
        }
        Optional<String> clientId = mqtt.text("client_id");
        if (clientId.isPresent() && !CLIENT_ID.matcher(clientId.get()).matches()) {
            throw new ConfigException(mqtt.keyPath("client_id"), "must be 1-64 of A-Z a-z 0-9 . _ -, was \""
                    + clientId.get() + "\"");
        }
        Optional<String> username = mqtt.text("username");
        Optional<String> password = password(mqtt);
        if (password.isPresent() && username.isEmpty()) {
            throw new ConfigException(mqtt.keyPath("username"), "required with a password");
        }
        Optional<MqttTlsSettings> tls = tls(mqtt, broker);
        boolean insecure = mqtt.bool("insecure").orElse(false);
        boolean enabled = mqtt.bool("enabled").orElse(false);
        if (enabled && !broker.transport().tls() && !insecure && !broker.isLoopback()) {
            throw new ConfigException(mqtt.keyPath("broker"), broker + " is not on this machine and is not TLS; use"
                    + " mqtts:// or wss://, or set mqtt.insecure: true for a broker on a trusted network");
        }
        Duration reconnectMin = mqtt.duration("reconnect_min_delay", MIN_DELAY, Duration.ofHours(1), "1s..1h")
                .orElse(d.reconnectMinDelay());
        Duration reconnectMax = mqtt.duration("reconnect_max_delay", MIN_DELAY, Duration.ofHours(1), "1s..1h")
                .orElse(d.reconnectMaxDelay());
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new ConfigException(mqtt.keyPath("reconnect_max_delay"), "must not be shorter than reconnect_min_delay ("
                    + reconnectMin.toSeconds() + "s)");
        }
        return new MqttSettings(enabled, broker, version(mqtt), prefix, clientId, username, password, tls,
                (int) mqtt.whole("qos", 0, 2).orElse(d.qos()),
                mqtt.duration("status_interval", MIN_DELAY, Duration.ofDays(1), "1s..1d").orElse(d.statusInterval()),
                mqtt.duration("node_update_interval", Duration.ZERO, Duration.ofDays(1), "0s..1d")
                        .orElse(d.nodeUpdateInterval()),
                (int) mqtt.whole("outbox_limit", 1, MqttSettings.MAX_OUTBOX_LIMIT).orElse(d.outboxLimit()),
                reconnectMin, reconnectMax, insecure, inbound(mqtt.section("inbound"), roomNames),
                observer(mqtt.section("observer")));
    }

    private static MqttVersion version(ConfigNode mqtt) throws ConfigException {
        Optional<String> text = mqtt.text("version");
        if (text.isEmpty()) {
            return MqttVersion.V5;
        }
        return MqttVersion.fromCode(text.get()).orElseThrow(() -> new ConfigException(mqtt.keyPath("version"),
                "must be 5 or \"3.1.1\", was " + text.get()));
    }

    private static Optional<BrokerAddress> broker(ConfigNode node, String key) throws ConfigException {
        Optional<String> text = node.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BrokerAddress.parse(text.get()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(node.keyPath(key), e.getMessage());
        }
    }

    /** {@code password} or the first line of {@code password_file}, not both. */
    private static Optional<String> password(ConfigNode node) throws ConfigException {
        Optional<String> inline = node.text("password");
        Optional<Path> file = file(node, "password_file");
        if (inline.isPresent() && file.isPresent()) {
            throw new ConfigException(node.keyPath("password_file"), "set password or password_file, not both");
        }
        if (file.isEmpty()) {
            return inline;
        }
        try {
            if (Files.size(file.get()) > MAX_PASSWORD_BYTES) {
                throw new ConfigException(node.keyPath("password_file"), file.get() + " is larger than "
                        + MAX_PASSWORD_BYTES + " bytes");
            }
            String first = Files.readString(file.get(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new ConfigException(node.keyPath("password_file"), file.get() + " is empty");
            }
            return Optional.of(first);
        } catch (IOException e) {
            throw new ConfigException(node.keyPath("password_file"), "cannot read " + file.get() + ": " + e.getMessage());
        }
    }

    private static Optional<MqttTlsSettings> tls(ConfigNode parent, BrokerAddress broker) throws ConfigException {
        if (!parent.has("tls")) {
            return Optional.empty();
        }
        ConfigNode tls = parent.section("tls");
        tls.refuseUnknown(TLS_KEYS, "ca_file, cert_file, key_file");
        if (!broker.transport().tls()) {
            throw new ConfigException(tls.path(), "only used with an mqtts:// or wss:// broker, not " + broker);
        }
        Optional<Path> cert = file(tls, "cert_file");
        Optional<Path> key = file(tls, "key_file");
        if (cert.isPresent() != key.isPresent()) {
            throw new ConfigException(tls.keyPath(cert.isPresent() ? "key_file" : "cert_file"),
                    "required with " + (cert.isPresent() ? "cert_file" : "key_file") + ": a client certificate needs both");
        }
        return Optional.of(new MqttTlsSettings(file(tls, "ca_file"), cert, key));
    }

    private static Optional<Path> file(ConfigNode node, String key) throws ConfigException {
        Optional<String> text = node.text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = Path.of(text.get());
        } catch (InvalidPathException e) {
            throw new ConfigException(node.keyPath(key), "is not a valid path: " + e.getReason());
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(node.keyPath(key), file + " is not a readable file");
        }
        return Optional.of(file);
    }

    private static MqttInboundSettings inbound(ConfigNode inbound, Set<String> roomNames) throws ConfigException {
        inbound.refuseUnknown(INBOUND_KEYS, "enabled, account, max_per_minute, rooms");
        MqttInboundSettings d = MqttInboundSettings.DISABLED;
        String account = inbound.text("account").orElse(d.account());
        if (!ACCOUNT.matcher(account).matches()) {
            throw new ConfigException(inbound.keyPath("account"), "must be 1-32 characters without control characters");
        }
        var rooms = inbound.strings("rooms", MAX_ROOMS);
        for (int i = 0; i < rooms.size(); i++) {
            if (!roomNames.contains(rooms.get(i))) {
                throw new ConfigException(inbound.keyPath("rooms") + "[" + i + "]", "no room or channel named \""
                        + rooms.get(i) + "\" is configured");
            }
        }
        return new MqttInboundSettings(inbound.bool("enabled").orElse(false), account,
                (int) inbound.whole("max_per_minute", 1, 600).orElse(d.maxPerMinute()), rooms);
    }

    private static ObserverSettings observer(ConfigNode observer) throws ConfigException {
        observer.refuseUnknown(OBSERVER_KEYS, OBSERVER_KEY_LIST);
        ObserverSettings d = ObserverSettings.DISABLED;
        boolean enabled = observer.bool("enabled").orElse(false);
        Optional<BrokerAddress> broker = broker(observer, "broker");
        Optional<String> iata = observer.text("iata");
        if (enabled && broker.isEmpty()) {
            throw new ConfigException(observer.keyPath("broker"), "required with observer.enabled: the community broker,"
                    + " e.g. wss://mqtt-us-v1.letsmesh.net:443");
        }
        if (enabled && iata.isEmpty()) {
            throw new ConfigException(observer.keyPath("iata"), "required with observer.enabled: your region's"
                    + " three-letter airport code, e.g. SEA");
        }
        if (iata.isPresent() && !IATA.matcher(iata.get()).matches()) {
            throw new ConfigException(observer.keyPath("iata"), "must be three letters (an airport code such as SEA),"
                    + " was \"" + iata.get() + "\"");
        }
        BrokerAddress address = broker.orElse(d.broker());
        if (enabled && !address.transport().tls() && !address.isLoopback()) {
            throw new ConfigException(observer.keyPath("broker"), address + " is not TLS: community brokers are reached"
                    + " over mqtts:// or wss://");
        }
        ObserverSettings.Auth auth = auth(observer);
        Optional<String> username = observer.text("username");
        Optional<String> password = password(observer);
        if (auth == ObserverSettings.Auth.PASSWORD && (username.isEmpty() || password.isEmpty())) {
            throw new ConfigException(observer.keyPath(username.isEmpty() ? "username" : "password"),
                    "required with auth: password");
        }
        if (auth != ObserverSettings.Auth.PASSWORD && (username.isPresent() || password.isPresent())) {
            throw new ConfigException(observer.keyPath(username.isPresent() ? "username" : "password"),
                    "only used with auth: password (auth is " + auth.code() + ")");
        }
        return new ObserverSettings(enabled, address, iata.orElse(d.iata()).toUpperCase(Locale.ROOT), auth,
                observer.text("audience"), username, password, tls(observer, address), packetTypes(observer),
                observer.duration("status_interval", Duration.ofMinutes(1), Duration.ofDays(1), "1m..1d")
                        .orElse(d.statusInterval()),
                observer.duration("token_lifetime", Duration.ofMinutes(5), Duration.ofDays(1), "5m..1d")
                        .orElse(d.tokenLifetime()));
    }

    private static ObserverSettings.Auth auth(ConfigNode observer) throws ConfigException {
        String text = observer.text("auth").orElse("token");
        for (ObserverSettings.Auth auth : ObserverSettings.Auth.values()) {
            if (auth.code().equals(text)) {
                return auth;
            }
        }
        throw new ConfigException(observer.keyPath("auth"), "must be token, password or none, was \"" + text + "\"");
    }

    private static Set<PayloadType> packetTypes(ConfigNode observer) throws ConfigException {
        if (!observer.has("packet_types")) {
            return ObserverSettings.DEFAULT_PACKET_TYPES;
        }
        var names = observer.strings("packet_types", MAX_PACKET_TYPES);
        Set<PayloadType> types = EnumSet.noneOf(PayloadType.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).toUpperCase(Locale.ROOT);
            String keyPath = observer.keyPath("packet_types") + "[" + i + "]";
            PayloadType type = java.util.Arrays.stream(PayloadType.values()).filter(t -> t.name().equals(name))
                    .findFirst().orElseThrow(() -> new ConfigException(keyPath, "unknown payload type \"" + name
                            + "\"; forwardable are ADVERT, GRP_TXT, GRP_DATA, TRACE, MULTIPART, CONTROL, RAW_CUSTOM"));
            if (ObserverSettings.DIRECT_TYPES.contains(type)) {
                throw new ConfigException(keyPath, name + " carries direct messages between two nodes and is never"
                        + " forwarded to the community feed");
            }
            types.add(type);
        }
        return types;
    }
}
