package org.meshbridge.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The whole config file (DESIGN §3): {@code node}, {@code radio}, {@code airtime},
 * {@code server}, {@code storage}, {@code rooms}, {@code channels}, {@code mqtt}, {@code monitoring},
 * {@code metrics}, {@code alerts} and {@code companion}. Every key is documented with its default in {@code docs/configuration.md}.
 *
 * <pre>{@code
 * MeshbridgeConfig config = MeshbridgeConfig.load(Path.of("meshbridge.yaml"));  // ConfigException on any problem
 * config.radio().parameters().spreadingFactor();
 * }</pre>
 */
public record MeshbridgeConfig(NodeSettings node, RadioSettings radio, AirtimeSettings airtime, ServerSettings server,
                               StorageSettings storage, List<RoomSettings> rooms, List<ChannelSettings> channels,
                               MqttSettings mqtt, MonitoringSettings monitoring, MetricsSettings metrics,
                               AlertSettings alerts, CompanionSettings companion) {

    /** A config file larger than this is refused before parsing. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    public MeshbridgeConfig {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(radio, "radio");
        Objects.requireNonNull(airtime, "airtime");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(storage, "storage");
        rooms = List.copyOf(rooms);
        channels = List.copyOf(channels);
        Objects.requireNonNull(mqtt, "mqtt");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(companion, "companion");
    }

    /** Without the MQTT bridge and companion listeners; default monitoring, metrics and alerts. */
    public MeshbridgeConfig(NodeSettings node, RadioSettings radio, AirtimeSettings airtime, ServerSettings server,
                            StorageSettings storage, List<RoomSettings> rooms, List<ChannelSettings> channels) {
        this(node, radio, airtime, server, storage, rooms, channels, MqttSettings.DISABLED, MonitoringSettings.DEFAULTS,
                MetricsSettings.DEFAULTS, AlertSettings.DEFAULTS, CompanionSettings.NONE);
    }

    /** This config with other {@code alerts} (tests, and the composition root's callers). */
    public MeshbridgeConfig withAlerts(AlertSettings newAlerts) {
        return new MeshbridgeConfig(node, radio, airtime, server, storage, rooms, channels, mqtt, monitoring, metrics,
                newAlerts, companion);
    }

    /** This config with other {@code metrics}. */
    public MeshbridgeConfig withMetrics(MetricsSettings newMetrics) {
        return new MeshbridgeConfig(node, radio, airtime, server, storage, rooms, channels, mqtt, monitoring, newMetrics,
                alerts, companion);
    }

    /** No rooms or channels, SQLite in the data directory. */
    public MeshbridgeConfig(NodeSettings node, RadioSettings radio, AirtimeSettings airtime, ServerSettings server) {
        this(node, radio, airtime, server, StorageSettings.sqliteIn(node.dataDir()), List.of(), List.of());
    }

    /**
     * This config with {@code newNode} and {@code newServer} (the command line's {@code --data-dir},
     * {@code --listen}, {@code --insecure}); a default SQLite store follows the data directory.
     */
    public MeshbridgeConfig withOverrides(NodeSettings newNode, ServerSettings newServer) {
        boolean defaultStore = storage.url().equals(StorageSettings.sqliteIn(node.dataDir()).url());
        StorageSettings newStorage = defaultStore
                ? new StorageSettings(StorageSettings.sqliteIn(newNode.dataDir()).url(), storage.retention()) : storage;
        return new MeshbridgeConfig(newNode, radio, airtime, newServer, newStorage, rooms, channels, mqtt, monitoring,
                metrics, alerts, companion);
    }

    /** This config with {@code newMqtt} (tests, the demo). */
    public MeshbridgeConfig withMqtt(MqttSettings newMqtt) {
        return new MeshbridgeConfig(node, radio, airtime, server, storage, rooms, channels, newMqtt, monitoring, metrics,
                alerts, companion);
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws ConfigException naming the key path and the reason, or (with an empty key path)
     *     why the file cannot be read or is not YAML
     */
    public static MeshbridgeConfig load(Path file) throws ConfigException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException("", "the file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("", "cannot read " + file + ": " + e.getMessage());
        }
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new ConfigException("", "the file is not UTF-8 text");
        }
    }

    /** Checks YAML text, as {@link #load} does for a file. */
    public static MeshbridgeConfig parse(String yaml) throws ConfigException {
        try {
            return ConfigParser.parse(ConfigNode.root(YAML.readTree(yaml)));
        } catch (JsonProcessingException e) {
            throw new ConfigException("", "not valid YAML" + location(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /** A few lines that say what this config runs, for {@code meshbridge config check}. */
    public List<String> summary() {
        String radioLine = radio.type() == RadioType.GATEWAY
                ? "radio: gateway, accepting " + radio.gateways().stream().map(GatewaySettings::id)
                        .collect(java.util.stream.Collectors.joining(", ")) + " on " + server.scheme() + "://"
                        + server.listen() + "/api/v1/gateway"
                : "radio: " + radio.type().code() + radio.device().map(d -> " on " + d).orElse("")
                + String.format(Locale.ROOT, ", %.3f MHz, BW %.1f kHz, SF %d, CR 4/%d",
                        radio.parameters().frequencyHz() / 1e6, radio.parameters().bandwidthHz() / 1e3,
                        radio.parameters().spreadingFactor(), radio.parameters().codingRate());
        String airtimeLine = String.format(Locale.ROOT, "airtime: %s%% of every %s, internet share %s%%, queue %d",
                number(airtime.dutyCyclePercent()), window(airtime.window()), number(airtime.internetSharePercent()),
                airtime.queueLength());
        List<String> lines = new java.util.ArrayList<>(List.of(
                "node: \"" + node.name() + "\", data in " + node.dataDir(),
                radioLine,
                airtimeLine,
                "server: " + server.scheme() + "://" + server.listen()
                        + server.tls().map(t -> " (TLS: " + t.certFile() + ", " + t.keyFile() + ")").orElse("")
                        + (server.insecure() ? " (insecure: non-loopback without TLS allowed)" : "")));
        lines.add("storage: " + storage.redactedUrl() + ", " + storage.retentionText());
        for (RoomSettings room : rooms) {
            lines.add("room: " + room.name() + (room.allowReadOnly() ? " (read-only guests allowed)" : ""));
        }
        for (ChannelSettings channel : channels) {
            lines.add("channel: " + channel.name() + String.format(Locale.ROOT, " (hash %02x)", channel.key().hash())
                    + (channel.transmitInternet() ? ", internet posts transmitted" : ", internet posts kept off the air"));
        }
        if (mqtt.enabled()) {
            lines.add("mqtt: " + mqtt.broker() + " (MQTT " + mqtt.version().code() + ", QoS " + mqtt.qos() + "), topics "
                    + mqtt.topicPrefix() + "/#" + mqtt.username().map(u -> ", user " + u).orElse("")
                    + (mqtt.inbound().enabled() ? ", posting from " + mqtt.topicPrefix() + "/send/{room} as "
                    + mqtt.inbound().account() : ""));
            if (mqtt.observer().enabled()) {
                lines.add("mqtt observer: " + mqtt.observer().broker() + ", region " + mqtt.observer().iata()
                        + ", packet types " + new java.util.TreeSet<>(mqtt.observer().packetTypes()));
            }
        }
        lines.add(monitoringLine());
        if (!metrics.equals(MetricsSettings.DEFAULTS)) {
            lines.add("metrics: " + (metrics.enabled() ? "/metrics on " + server.scheme() + "://" + server.listen()
                    + ", per-node series for " + metrics.nodes().size() + " nodes" : "off"));
        }
        if (!alerts.equals(AlertSettings.DEFAULTS)) {
            lines.add("alerts: " + (alerts.log() ? "log" : "no log") + ", " + alerts.webhooks().size() + " webhooks"
                    + alerts.webhooks().stream().map(w -> " " + w.redactedUrl())
                            .collect(java.util.stream.Collectors.joining(","))
                    + ", " + alerts.meshAdmins().size() + " mesh admins");
        }
        for (CompanionListenerSettings l : companion.listeners()) {
            lines.add("companion: " + l.listen() + " as account " + l.account()
                    + l.tls().map(t -> " (TLS, client certificates from " + t.clientCaFile() + ")").orElse("")
                    + (l.allow().isEmpty() ? "" : " (allow " + l.allow() + ")"));
        }
        return List.copyOf(lines);
    }

    private String monitoringLine() {
        var l = monitoring.liveness();
        return "monitoring: up to " + monitoring.maxNodes() + " nodes; late after " + number(l.lateFactor())
                + " and offline after " + number(l.offlineFactor()) + " advert intervals; " + l.overrides().size()
                + " node override(s), " + l.maintenance().size() + " maintenance window(s)";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String window(Duration window) {
        if (window.toSeconds() % 3600 == 0) {
            return window.toHours() + " h";
        }
        return window.toSeconds() % 60 == 0 ? window.toMinutes() + " min" : window.toSeconds() + " s";
    }
}
