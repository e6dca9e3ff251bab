package org.meshbridge.core.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A MeshCore node in software: it listens on one or more radio links, decides for every packet
 * what the firmware would (spec §5–6), hands decrypted traffic to the local endpoints it hosts,
 * answers and acknowledges for them, optionally repeats for others, and advertises them.
 *
 * <p>Single writer: all state lives on the {@link Scheduler}'s thread. Link callbacks are handed
 * over with {@code scheduler.execute}; every public method must be called from a scheduler task
 * (or, in tests, between {@code ManualScheduler} steps). Every transmission passes the link's
 * {@link AirtimeScheduler}; the node sends each packet on every attached link.
 *
 * <p>Build with {@link #builder}, register endpoints, then {@link #start()}.
 */
public final class MeshNode implements AutoCloseable {

    private final Scheduler scheduler;
    private final LocalIdentity identity;
    private final NodeConfig config;
    private final List<LinkPort> ports;
    private final List<NodeListener> listeners = new CopyOnWriteArrayList<>();
    private final SeenTable seen;
    private final NodeCounters counters = new NodeCounters();
    private final EndpointRegistry endpoints = new EndpointRegistry();
    private final ContactBook contacts;
    private final PathTable paths;
    private final UniqueClock clock;
    private final Sealing sealing = new Sealing();
    private final Transmitter transmitter;
    private final MessageSender sender;
    private final Advertiser advertiser;
    private final Receiver receiver;
    private boolean started;

    private MeshNode(Builder b) {
        this.scheduler = b.scheduler;
        this.identity = b.identity;
        this.config = b.config;
        this.ports = List.copyOf(b.ports);
        this.listeners.addAll(b.listeners);
        this.seen = new SeenTable(config.seenCapacity());
        this.contacts = new ContactBook(config.contactCapacity());
        this.paths = new PathTable(config.pathCapacity());
        this.clock = new UniqueClock(b.epochSeconds != null ? b.epochSeconds : () -> scheduler.now().getEpochSecond());
        Optional<RegionKey> scope = config.forwarding().regions().defaultScope();
        this.transmitter = new Transmitter(scheduler, seen, ports, config.pathHashSize(),
                p -> listeners.forEach(l -> l.onPacketTransmitted(p)));
        this.sender = new MessageSender(scheduler, transmitter, sealing, paths, config.retries(), scope,
                (from, d) -> listeners.forEach(l -> l.onDelivery(from, d)));
        this.advertiser = new Advertiser(scheduler, transmitter, clock, config.adverts(), scope);
        Replier replier = new Replier(transmitter, sealing, paths, b.random, scope, config.extraAcks());
        Forwarder forwarder = new Forwarder(config.forwarding(), identity, transmitter, b.random, counters, config.extraAcks());
        AdvertIntake adverts = new AdvertIntake(identity, endpoints, contacts, counters, c -> listeners.forEach(l -> l.onNodeHeard(c)));
        this.receiver = new Receiver(identity, seen, counters, config.forwarding().regions(), forwarder,
                new LocalDelivery(endpoints, sealing, replier, paths, sender), sender, adverts,
                p -> listeners.forEach(l -> l.onPacketReceived(p)));
    }

    /** A builder for a node with {@code identity} as its own (repeater) identity; defaults: {@link NodeConfig#DEFAULT}. */
    public static Builder builder(Scheduler scheduler, LocalIdentity identity) {
        return new Builder(scheduler, identity);
    }

    /** Starts listening on every link and starts the advert timers of endpoints registered so far. Called once. */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        for (LinkPort port : ports) {
            port.link().start(new RadioLink.Listener() {
                @Override
                public void onReceive(ReceivedFrame frame) {
                    scheduler.execute(() -> receiver.onFrame(frame));
                }

                @Override
                public void onStateChange(LinkState state) {
                    // link state is reported by the link itself (healthz); the node needs nothing from it
                }
            });
        }
        endpoints.all().forEach(advertiser::start);
    }

    /** Hosts {@code endpoint}: it receives what is addressed to it and, once started, advertises. */
    public void register(LocalEndpoint endpoint) {
        endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
        if (started) {
            advertiser.start(endpoint);
        }
    }

    /** Stops hosting the endpoint with this identity. */
    public void unregister(LocalIdentity endpointIdentity) {
        endpoints.remove(endpointIdentity.publicKey());
        advertiser.stop(endpointIdentity.publicKey());
    }

    public void addListener(NodeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Sends a plain text from {@code from} to {@code to}, direct along the learned path or flooded,
     * retried per {@link RetryPolicy} until ACKed.
     *
     * @return completes (on the scheduler thread) when it is delivered or given up
     * @throws IllegalArgumentException if the text exceeds 160 UTF-8 bytes ({@code MAX_TEXT_LEN})
     */
    public CompletionStage<Delivery> sendText(LocalIdentity from, Identity to, String text, TrafficOrigin origin) {
        return sendMessage(from, to, TextMessageContent.plain(nextTimestamp(from), 0, text), origin);
    }

    /**
     * Sends a PLAIN or SIGNED_PLAIN text, tracked and retried like {@link #sendText}; retries reuse
     * its timestamp with attempt numbers 1, 2, ...
     *
     * @throws IllegalArgumentException for any other text type
     */
    public CompletionStage<Delivery> sendMessage(LocalIdentity from, Identity to, TextMessageContent first, TrafficOrigin origin) {
        return sender.send(from, to, first, origin);
    }

    /**
     * Sends one untracked REQ, RESPONSE or TXT_MSG (e.g. CLI_DATA): direct along the learned path,
     * else flooded.
     */
    public void sendDatagram(LocalIdentity from, Identity to, PayloadType type, Bytes plaintext, TrafficOrigin origin) {
        Bytes payload = sealing.peerDatagram(type, from, to, plaintext);
        transmitter.send(routed(type, to, payload), origin, Duration.ZERO);
    }

    /** Sends an ANON_REQ (a login, an anonymous request): direct along the learned path, else flooded. */
    public void sendAnonRequest(LocalIdentity from, Identity to, Bytes plaintext, TrafficOrigin origin) {
        transmitter.send(routed(PayloadType.ANON_REQ, to, sealing.anonRequest(from, to, plaintext)), origin, Duration.ZERO);
    }

    /** Floods a GRP_TXT or GRP_DATA on {@code channel}, in the default scope if one is configured. */
    public void sendGroup(ChannelKey channel, PayloadType type, Bytes plaintext, TrafficOrigin origin) {
        Bytes payload = Sealing.groupDatagram(type, channel, plaintext);
        transmitter.send(transmitter.flood(type, payload, config.forwarding().regions().defaultScope()), origin, Duration.ZERO);
    }

    /**
     * Sends an advert of a registered endpoint now, zero-hop or flood.
     *
     * @return the packet sent
     */
    public Packet advertNow(LocalIdentity endpointIdentity, boolean flood) {
        LocalEndpoint endpoint = endpoints.all().stream()
                .filter(e -> e.identity().publicKey().equals(endpointIdentity.publicKey())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a registered endpoint: " + endpointIdentity));
        return advertiser.send(endpoint, flood);
    }

    /** Puts a ready-made packet of this node's own on air (marked seen, so its echo is ignored). */
    public void transmit(Packet packet, TrafficOrigin origin) {
        transmitter.send(packet, origin, Duration.ZERO);
    }

    /** The next strictly increasing timestamp for {@code localIdentity} (epoch seconds, uint32). */
    public long nextTimestamp(LocalIdentity localIdentity) {
        return clock.next(localIdentity.publicKey());
    }

    public LocalIdentity identity() {
        return identity;
    }

    public ContactBook contacts() {
        return contacts;
    }

    public PathTable paths() {
        return paths;
    }

    public NodeStats stats() {
        return counters.snapshot(seen);
    }

    /** Text messages still waiting for an ACK. */
    public int pendingDeliveries() {
        return sender.pending();
    }

    /** Stops the advert timers. Links and airtime schedulers belong to whoever built the node. */
    @Override
    public void close() {
        endpoints.all().forEach(e -> advertiser.stop(e.identity().publicKey()));
    }

    private Packet routed(PayloadType type, Identity to, Bytes payload) {
        return paths.get(to).map(p -> Packet.direct(type, p, payload))
                .orElseGet(() -> transmitter.flood(type, payload, config.forwarding().regions().defaultScope()));
    }

    /** Builds a {@link MeshNode}. */
    public static final class Builder {
        private final Scheduler scheduler;
        private final LocalIdentity identity;
        private final List<LinkPort> ports = new ArrayList<>();
        private final List<NodeListener> listeners = new ArrayList<>();
        private NodeConfig config = NodeConfig.DEFAULT;
        private RandomGenerator random;
        private LongSupplier epochSeconds;

        private Builder(Scheduler scheduler, LocalIdentity identity) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            this.identity = Objects.requireNonNull(identity, "identity");
        }

        public Builder config(NodeConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Attaches a link with its airtime scheduler; timings use the Semtech time-on-air of its modulation. */
        public Builder link(RadioLink link, AirtimeScheduler airtime) {
            return link(link, airtime, AirtimeEstimator.lora(link.modulation()));
        }

        /** Attaches a link with its airtime scheduler and the time-on-air model for the node's timings. */
        public Builder link(RadioLink link, AirtimeScheduler airtime, AirtimeEstimator estimator) {
            ports.add(new LinkPort(link, airtime, estimator));
            return this;
        }

        /** The random source for retransmit jitter and random bytes (required: inject a seeded one in tests). */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** The real-time clock in epoch seconds for timestamps; default: the scheduler's clock. */
        public Builder clock(LongSupplier value) {
            this.epochSeconds = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder listener(NodeListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        public MeshNode build() {
            if (random == null) {
                throw new IllegalStateException("a random source is required");
            }
            return new MeshNode(this);
        }
    }
}
