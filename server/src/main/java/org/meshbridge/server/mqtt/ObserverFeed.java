package org.meshbridge.server.mqtt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.server.config.MqttTlsSettings;
import org.meshbridge.server.config.ObserverSettings;
import org.meshbridge.server.net.Backoff;
import org.meshbridge.server.net.PemFiles;

/**
 * The community observer feed ({@code mqtt.observer}): every packet the radio hears whose
 * payload type is allowed, and a periodic status, on {@code meshcore/{IATA}/{PUBKEY}/packets} and
 * {@code /status} of a community broker, in the format LetsMesh-style analyzers read (the
 * meshcoretomqtt family: numbers as strings there, as those analyzers expect). Direct-message
 * payload types are never forwarded, whatever the config says. Best effort: while the broker is
 * away up to {@value #BACKLOG} packets wait in memory; nothing is kept on disk.
 */
public final class ObserverFeed implements NodeListener, AutoCloseable {

    /** Packets kept in memory while the observer broker is away. */
    static final int BACKLOG = 1_000;

    private final ObserverSettings settings;
    private final LocalIdentity identity;
    private final String originName;
    private final String radio;
    private final String version;
    private final Clock clock;
    private final String base;
    private final MqttPublisher publisher;
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong withheld = new AtomicLong();

    /**
     * @param identity   the node's identity: its public key names the topics, its key signs the tokens
     * @param originName the node's name
     * @param radio      {@code MHz,kHz,SF,CR} of the radio, e.g. {@code 869.525,250,11,5}
     */
    public ObserverFeed(ObserverSettings settings, LocalIdentity identity, String originName, String radio,
                        String version, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.identity = identity;
        this.originName = originName;
        this.radio = radio;
        this.version = version;
        this.clock = clock;
        this.base = "meshcore/" + settings.iata() + "/" + ObserverToken.publicKey(identity);
        String clientId = "meshbridge-obs-" + identity.publicKey().hex().substring(0, 12);
        this.publisher = new MqttPublisher(clientId, settings.broker(), 1, BACKLOG, InMemoryOutbox.INSTANCE, clock,
                new Backoff(java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(5), random),
                listener -> HiveMqSessions.open(sessionOptions(clientId), listener));
    }

    /** Options for one connection: a freshly signed token each time. */
    private SessionOptions sessionOptions(String clientId) {
        Optional<String> user;
        Optional<String> password;
        switch (settings.auth()) {
            case TOKEN -> {
                user = Optional.of(ObserverToken.username(identity));
                password = Optional.of(ObserverToken.create(identity, settings.tokenAudience(), clock.instant(),
                        settings.tokenLifetime()));
            }
            case PASSWORD -> {
                user = settings.username();
                password = settings.password();
            }
            default -> {
                user = Optional.empty();
                password = Optional.empty();
            }
        }
        Optional<MqttTlsSettings> tls = settings.tls();
        SessionOptions.Will will = new SessionOptions.Will(base + "/status",
                status("offline").getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, true);
        return new SessionOptions(settings.broker(), MqttVersion.V3_1_1, clientId, user, password,
                tls.flatMap(MqttTlsSettings::caFile).map(PemFiles::trusting),
                tls.filter(t -> t.certFile().isPresent())
                        .map(t -> PemFiles.clientCertificate(t.certFile().get(), t.keyFile().get())),
                Optional.of(will), false, MqttBridge.KEEP_ALIVE);
    }

    /** Connects, and publishes the status at once and every {@code status_interval}. */
    public void start() {
        publisher.start(new MqttPublisher.Hooks() {
            @Override
            public void onConnected(BrokerSession session) {
                publishStatus();
            }

            @Override
            public Optional<OutboxMessage> goodbye() {
                return Optional.of(new OutboxMessage(0, base + "/status", status("offline"), true, clock.instant()));
            }

            @Override
            public void onMessage(String topic, byte[] payload) {
                // the observer subscribes to nothing
            }
        });
        long period = settings.statusInterval().toMillis();
        publisher.thread().scheduleAtFixedRate(this::publishStatus, period, period, TimeUnit.MILLISECONDS);
    }

    private void publishStatus() {
        publisher.publishNow(base + "/status", status("online"), false).exceptionally(e -> null);
    }

    /** Heard packets of an allowed type go to {@code …/packets}; on the scheduler thread, never blocks. */
    @Override
    public void onPacketReceived(ReceivedPacket received) {
        Optional<PayloadType> type = received.packet().payloadType();
        if (type.isEmpty() || !forwards(settings, type.get())) {
            withheld.incrementAndGet();
            return;
        }
        forwarded.incrementAndGet();
        publisher.add(base + "/packets", packet(received), false);
    }

    /** Whether {@code type} may leave: allowed by the config and never a direct message. */
    static boolean forwards(ObserverSettings settings, PayloadType type) {
        return settings.packetTypes().contains(type) && !ObserverSettings.DIRECT_TYPES.contains(type);
    }

    String packet(ReceivedPacket received) {
        Packet packet = received.packet();
        ObjectNode json = origin();
        json.put("timestamp", MqttJson.time(received.frame().receivedAt()));
        json.put("type", "PACKET");
        json.put("direction", "rx");
        json.put("len", Integer.toString(received.frame().packet().size()));
        json.put("packet_type", Integer.toString(packet.payloadTypeCode()));
        json.put("route", route(packet));
        json.put("payload_len", Integer.toString(packet.payload().size()));
        json.put("raw", received.frame().packet().hex().toUpperCase(Locale.ROOT));
        received.frame().signal().ifPresent(s -> {
            json.put("SNR", trim(s.snrDb()));
            json.put("RSSI", Integer.toString(s.rssiDbm()));
        });
        json.put("hash", packet.hash().hex().toUpperCase(Locale.ROOT));
        return MqttJson.text(json);
    }

    String status(String state) {
        ObjectNode json = MqttJson.MAPPER.createObjectNode();
        json.put("status", state);
        json.put("timestamp", MqttJson.time(clock.instant()));
        json.setAll(origin());
        json.put("radio", radio);
        json.put("model", "meshbridge");
        json.put("firmware_version", version);
        json.put("client_version", "meshbridge/" + version);
        return MqttJson.text(json);
    }

    private ObjectNode origin() {
        return MqttJson.MAPPER.createObjectNode().put("origin", originName).put("origin_id", ObserverToken.publicKey(identity));
    }

    private static String route(Packet packet) {
        return switch (packet.route()) {
            case FLOOD -> "F";
            case DIRECT -> "D";
            case TRANSPORT_FLOOD -> "TF";
            case TRANSPORT_DIRECT -> "TD";
        };
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The topics this feed publishes on. */
    List<String> topics() {
        return List.of(base + "/packets", base + "/status");
    }

    /** Packets forwarded and packets withheld (type not allowed or a direct message). */
    long forwarded() {
        return forwarded.get();
    }

    long withheld() {
        return withheld.get();
    }

    /** The observer connection's figures. */
    public MqttStats stats() {
        return publisher.stats();
    }

    @Override
    public void close() {
        publisher.close();
    }
}
