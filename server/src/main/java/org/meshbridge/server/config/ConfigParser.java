package org.meshbridge.server.config;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.server.net.ListenAddress;
import org.meshbridge.server.radio.DeviceAddress;

/** Walks the YAML tree section by section into the settings records, failing on the first problem. */
final class ConfigParser {

    private static final Set<String> SECTIONS = Set.of("node", "radio", "airtime", "server", "storage", "rooms",
            "channels", "mqtt", "monitoring", "metrics", "alerts", "companion");
    private static final String SECTION_LIST = "node, radio, airtime, server, storage, rooms, channels, mqtt, monitoring,"
            + " metrics, alerts, companion";
    private static final Set<String> NODE_KEYS = Set.of("name", "data_dir");
    private static final Set<String> RADIO_KEYS = Set.of("type", "device", "frequency_hz", "bandwidth_hz", "spreading_factor",
            "coding_rate", "gateways");
    private static final Set<String> AIRTIME_KEYS = Set.of("duty_cycle_percent", "window", "internet_share_percent",
            "queue_length");
    private static final Set<String> SERVER_KEYS = serverKeys();
    private static final String SERVER_KEY_LIST = "listen, tls, insecure, trusted_proxies, allow, deny, cors_origins,"
            + " limits, rate_limits, sessions, lockout";
    private static final Set<String> TLS_KEYS = Set.of("cert_file", "key_file");
    /** The LoRa bandwidths SX126x/SX127x radios support, in Hz. */
    private static final Set<Long> BANDWIDTHS_HZ = Set.of(7_800L, 10_400L, 15_600L, 20_800L, 31_250L, 41_700L, 62_500L,
            125_000L, 250_000L, 500_000L);
    private static final long MIN_FREQUENCY_HZ = 137_000_000L;
    private static final long MAX_FREQUENCY_HZ = 1_020_000_000L;

    private ConfigParser() {
    }

    static MeshbridgeConfig parse(ConfigNode root) throws ConfigException {
        root.refuseUnknown(SECTIONS, SECTION_LIST);
        NodeSettings node = node(root.section("node"));
        RadioSettings radio = radio(root.section("radio"));
        AirtimeSettings airtime = airtime(root.section("airtime"));
        ConfigNode serverNode = root.section("server");
        ServerSettings server = server(serverNode);
        if (radio.type() == RadioType.GATEWAY && server.tls().isEmpty() && !isLoopback(serverNode, server.listen())) {
            throw new ConfigException(serverNode.keyPath("listen"), "radio type gateway needs server.tls or a loopback"
                    + " listener (behind a TLS reverse proxy): gateway tokens and packets must not cross the network in"
                    + " clear, server.insecure does not allow it");
        }
        Set<String> roomNames = new java.util.HashSet<>();
        StorageSettings storage = RoomSectionsParser.storage(root.section("storage"), node.dataDir());
        var rooms = RoomSectionsParser.rooms(root, roomNames);
        var channels = RoomSectionsParser.channels(root, roomNames);
        return new MeshbridgeConfig(node, radio, airtime, server, storage, rooms, channels,
                MqttConfig.parse(root.section("mqtt"), roomNames), MonitoringSectionParser.monitoring(root.section("monitoring")),
                SinkSectionsParser.metrics(root.section("metrics")), SinkSectionsParser.alerts(root.section("alerts")),
                CompanionSectionParser.parse(root.section("companion")));
    }

    private static NodeSettings node(ConfigNode node) throws ConfigException {
        node.refuseUnknown(NODE_KEYS, "name, data_dir");
        String name = node.text("name").orElse(NodeSettings.DEFAULT_NAME);
        String problem = NodeSettings.nameProblem(name);
        if (problem != null) {
            throw new ConfigException(node.keyPath("name"), problem);
        }
        Path dataDir = NodeSettings.DEFAULT_DATA_DIR;
        Optional<String> dir = node.text("data_dir");
        if (dir.isPresent()) {
            try {
                dataDir = Path.of(dir.get());
            } catch (java.nio.file.InvalidPathException e) {
                throw new ConfigException(node.keyPath("data_dir"), "is not a valid path: " + e.getReason());
            }
        }
        return new NodeSettings(name, dataDir);
    }

    private static RadioSettings radio(ConfigNode radio) throws ConfigException {
        radio.refuseUnknown(RADIO_KEYS, "type, device, frequency_hz, bandwidth_hz, spreading_factor, coding_rate, gateways");
        String typeText = radio.text("type").orElseThrow(() -> new ConfigException(radio.keyPath("type"),
                "required: sim, kiss, companion, gateway or none"));
        RadioType type = RadioType.fromCode(typeText).orElseThrow(() -> new ConfigException(radio.keyPath("type"),
                "must be sim, kiss, companion, gateway or none, was \"" + typeText + "\""));
        return new RadioSettings(type, device(radio, type), parameters(radio, type), GatewayConfig.gateways(radio, type));
    }

    private static Optional<DeviceAddress> device(ConfigNode radio, RadioType type) throws ConfigException {
        Optional<String> device = radio.text("device");
        if (!type.needsDevice()) {
            if (device.isPresent()) {
                throw new ConfigException(radio.keyPath("device"), "only used with type kiss or companion, not " + type.code());
            }
            return Optional.empty();
        }
        String text = device.orElseThrow(() -> new ConfigException(radio.keyPath("device"), "required for type "
                + type.code() + ": a serial port such as /dev/ttyUSB0, or tcp://host:port"));
        try {
            return Optional.of(DeviceAddress.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(radio.keyPath("device"), e.getMessage());
        }
    }

    private static RadioParameters parameters(ConfigNode radio, RadioType type) throws ConfigException {
        RadioParameters d = RadioParameters.MESHCORE_DEFAULT;
        if (type == RadioType.GATEWAY) {
            GatewayConfig.refuseLoRaKeys(radio);
            return d;
        }
        long frequencyHz = radio.whole("frequency_hz", MIN_FREQUENCY_HZ, MAX_FREQUENCY_HZ).orElse(d.frequencyHz());
        long bandwidthHz = radio.whole("bandwidth_hz", 1, 500_000).orElse(d.bandwidthHz());
        if (!BANDWIDTHS_HZ.contains(bandwidthHz)) {
            throw new ConfigException(radio.keyPath("bandwidth_hz"), "must be a LoRa bandwidth (7800, 10400, 15600, 20800,"
                    + " 31250, 41700, 62500, 125000, 250000 or 500000), was " + bandwidthHz);
        }
        int spreadingFactor = (int) radio.whole("spreading_factor", 5, 12).orElse(d.spreadingFactor());
        int codingRate = (int) radio.whole("coding_rate", 5, 8).orElse(d.codingRate());
        return new RadioParameters(frequencyHz, (int) bandwidthHz, spreadingFactor, codingRate);
    }

    private static AirtimeSettings airtime(ConfigNode airtime) throws ConfigException {
        airtime.refuseUnknown(AIRTIME_KEYS, "duty_cycle_percent, window, internet_share_percent, queue_length");
        AirtimeSettings d = AirtimeSettings.DEFAULTS;
        return new AirtimeSettings(
                airtime.number("duty_cycle_percent", 0, false, 100, "more than 0 and at most 100")
                        .orElse(d.dutyCyclePercent()),
                airtime.duration("window", AirtimeSettings.MIN_WINDOW, AirtimeSettings.MAX_WINDOW, "1m..1d")
                        .orElse(d.window()),
                airtime.number("internet_share_percent", 0, true, 100, "0..100").orElse(d.internetSharePercent()),
                (int) airtime.whole("queue_length", 1, AirtimeSettings.MAX_QUEUE_LENGTH).orElse(d.queueLength()));
    }

    private static ServerSettings server(ConfigNode server) throws ConfigException {
        server.refuseUnknown(SERVER_KEYS, SERVER_KEY_LIST);
        Optional<TlsSettings> tls = tls(server);
        ListenAddress listen = ServerSettings.DEFAULTS.listen();
        Optional<String> text = server.text("listen");
        if (text.isPresent()) {
            try {
                listen = ListenAddress.parse(text.get());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(server.keyPath("listen"), e.getMessage());
            }
        }
        boolean insecure = server.bool("insecure").orElse(false);
        if (tls.isEmpty() && !insecure && !isLoopback(server, listen)) {
            throw new ConfigException(server.keyPath("listen"), listen + " is not a loopback address and there is no TLS;"
                    + " set server.tls (cert_file, key_file), listen on 127.0.0.1 behind a TLS reverse proxy,"
                    + " or set server.insecure: true");
        }
        return new ServerSettings(listen, tls, insecure, SecuritySectionParser.parse(server));
    }

    private static Set<String> serverKeys() {
        Set<String> keys = new java.util.HashSet<>(Set.of("listen", "tls", "insecure"));
        keys.addAll(SecuritySectionParser.KEYS);
        return Set.copyOf(keys);
    }

    private static Optional<TlsSettings> tls(ConfigNode server) throws ConfigException {
        if (!server.has("tls")) {
            return Optional.empty();
        }
        ConfigNode tls = server.section("tls");
        tls.refuseUnknown(TLS_KEYS, "cert_file, key_file");
        return Optional.of(new TlsSettings(pemFile(tls, "cert_file"), pemFile(tls, "key_file")));
    }

    private static Path pemFile(ConfigNode tls, String key) throws ConfigException {
        String text = tls.text(key).orElseThrow(() -> new ConfigException(tls.keyPath(key), "required: a PEM file"));
        Path file;
        try {
            file = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(tls.keyPath(key), "is not a valid path: " + e.getReason());
        }
        if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
            throw new ConfigException(tls.keyPath(key), file + " is not a readable file");
        }
        return file;
    }

    static boolean isLoopback(ConfigNode server, ListenAddress listen) throws ConfigException {
        try {
            InetSocketAddress resolved = listen.resolve();
            return resolved.getAddress().isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException(server.keyPath("listen"), "cannot resolve host '" + listen.host() + "'");
        }
    }
}
