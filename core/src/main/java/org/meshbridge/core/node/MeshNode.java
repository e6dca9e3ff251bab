package org.meshbridge.core.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.payload.AnonRequestContent;
import org.meshbridge.protocol.payload.GroupDataContent;
import org.meshbridge.protocol.payload.GroupDataPayload;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A MeshCore node in software: it listens on one or more radio links, decides for every packet
 * what the firmware would (spec §5–6), hands decrypted traffic to the local endpoints it hosts,
 * answers and acknowledges for them, optionally repeats for others, and advertises them.
 *
 * <p>Single writer: all state lives on the {@link Scheduler}'s thread. Link callbacks are handed
 * over with {@code scheduler.execute}; every public method must be called from a scheduler task
 * (or, in tests, between {@code ManualScheduler} steps). Every transmission passes the link's
 * {@link AirtimeScheduler}.
 *
 * <p>Links: several may be attached, also at run time ({@link #attach}, {@link #detach}). The node
 * tracks the state each reports; a link that is not Up is not transmitted on. Floods the node
 * starts and adverts go out on every Up link; direct packets and replies (whatever their route)
 * to a peer on the link it was last heard on (if Up, else on every Up link). A packet heard on several links is processed once (one seen
 * table). With no link Up, text messages fail at once with
 * {@link Delivery.FailureReason#NO_LINK_UP} and other packets are counted as
 * {@link NodeStats#unsentNoLink()}.
 *
 * <p>Build with {@link #builder}, register endpoints, then {@link #start()}.
 */
public final class MeshNode implements AutoCloseable {

    private final Scheduler scheduler;
    private final LocalIdentity identity;
    private final NodeConfig config;
    private final RadioPorts ports = new RadioPorts();
    private final List<NodeListener> listeners = new CopyOnWriteArrayList<>();
    private final SeenTable seen;
    private final NodeCounters counters = new NodeCounters();
    private final EndpointRegistry endpoints = new EndpointRegistry();
    private final ContactBook contacts;
    private final PathTable paths;
    private final UniqueClock clock;
    private final PeerLinks links = new PeerLinks();
    private final Transmitter transmitter;
    private final MessageSender sender;
    private final Advertiser advertiser;
    private final Receiver receiver;
    private boolean started;

    private MeshNode(Builder b) {
        this.scheduler = b.scheduler;
        this.identity = b.identity;
        this.config = b.config;
        b.ports.forEach(ports::add);
        this.listeners.addAll(b.listeners);
        this.seen = new SeenTable(config.seenCapacity());
        this.contacts = new ContactBook(config.contactCapacity());
        this.paths = new PathTable(config.pathCapacity());
        LastHeard lastHeard = new LastHeard(config.pathCapacity());
        this.clock = new UniqueClock(b.epochSeconds != null ? b.epochSeconds : () -> scheduler.now().getEpochSecond());
        Optional<RegionKey> scope = config.forwarding().regions().defaultScope();
        this.transmitter = new Transmitter(scheduler, seen, ports, lastHeard, counters, config.pathHashSize(),
                p -> listeners.forEach(l -> l.onPacketTransmitted(p)));
        Replier replier = new Replier(transmitter, links, paths, b.random, scope, config.extraAcks());
        this.sender = new MessageSender(scheduler, transmitter, links, paths, lastHeard, replier, config.retries(), scope,
                (from, d) -> listeners.forEach(l -> l.onDelivery(from, d)));
        this.advertiser = new Advertiser(scheduler, transmitter, clock, config.adverts(), scope);
        Forwarder forwarder = new Forwarder(config.forwarding(), identity, transmitter, b.random, counters, config.extraAcks());
        AdvertIntake adverts = new AdvertIntake(identity, endpoints, contacts, counters, lastHeard,
                c -> listeners.forEach(l -> l.onNodeHeard(c)), config.forwarding().enabled());
        this.receiver = new Receiver(identity, seen, counters, config.forwarding().regions(), forwarder,
                new LocalDelivery(endpoints, links, replier, paths, lastHeard, sender,
                        (peer, arrival) -> listeners.forEach(l -> l.onSenderVerified(peer, arrival))), sender, adverts,
                p -> listeners.forEach(l -> l.onPacketReceived(p)));
    }

    /** A builder for a node with {@code identity} as its own (repeater) identity; defaults: {@link NodeConfig#DEFAULT}. */
    public static Builder builder(Scheduler scheduler, LocalIdentity identity) {
        return new Builder(scheduler, identity);
    }

    /** Starts listening on every link attached so far and starts the advert timers of endpoints registered so far. Called once. */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        ports.all().forEach(this::startPort);
        endpoints.all().forEach(advertiser::start);
    }

    /**
     * Attaches a link at run time (a remote gateway connected), with its airtime scheduler; once the
     * node is started the link is started at once. Timings use the Semtech time-on-air of its
     * modulation. Call on the scheduler thread.
     *
     * @throws IllegalArgumentException if a link with the same id is attached
     */
    public void attach(RadioLink link, AirtimeScheduler airtime) {
        attach(link, airtime, AirtimeEstimator.lora(link.modulation()));
    }

    /** Attaches a link with the time-on-air model for the node's timings; see {@link #attach(RadioLink, AirtimeScheduler)}. */
    public void attach(RadioLink link, AirtimeScheduler airtime, AirtimeEstimator estimator) {
        LinkPort port = new LinkPort(link, airtime, estimator);
        ports.add(port);
        if (started) {
            startPort(port);
        }
    }

    /**
     * Detaches a link (a remote gateway went away): nothing more is sent on it and what it still
     * reports is ignored. The link and its airtime scheduler belong to the caller, who closes them.
     * Call on the scheduler thread.
     *
     * @return false if no link with that id was attached
     */
    public boolean detach(String linkId) {
        return ports.remove(linkId).isPresent();
    }

    /** The attached links and the state each last reported, in attach order. */
    public Map<String, LinkState> linkStates() {
        return ports.states();
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

    /** Sends a REQ (untracked): direct along the learned path, else flooded; direct on the link {@code to} was last heard on. */
    public void sendRequest(LocalIdentity from, Identity to, RequestContent request, TrafficOrigin origin) {
        sendRouted(to, links.between(from, to).seal(request), origin);
    }

    /** Sends a RESPONSE (untracked), routed like {@link #sendRequest}. */
    public void sendResponse(LocalIdentity from, Identity to, ResponseContent response, TrafficOrigin origin) {
        sendRouted(to, links.between(from, to).seal(response), origin);
    }

    /** Sends a TXT_MSG without ACK tracking (e.g. CLI_DATA), routed like {@link #sendRequest}. */
    public void sendUntrackedText(LocalIdentity from, Identity to, TextMessageContent text, TrafficOrigin origin) {
        sendRouted(to, links.between(from, to).seal(text), origin);
    }

    /** Sends an ANON_REQ (a login, an anonymous request) carrying {@code from}'s key, routed like {@link #sendRequest}. */
    public void sendAnonRequest(LocalIdentity from, Identity to, AnonRequestContent request, TrafficOrigin origin) {
        sendRouted(to, links.between(from, to).sealAnonymous(request), origin);
    }

    /** Floods a GRP_TXT on {@code channel} on every Up link, in the default scope if one is configured. */
    public void sendGroupText(ChannelKey channel, GroupTextContent text, TrafficOrigin origin) {
        transmitter.send(transmitter.flood(GroupTextPayload.seal(channel, text), defaultScope()), origin, Duration.ZERO);
    }

    /** Floods a GRP_DATA on {@code channel}, like {@link #sendGroupText}. */
    public void sendGroupData(ChannelKey channel, GroupDataContent data, TrafficOrigin origin) {
        transmitter.send(transmitter.flood(GroupDataPayload.seal(channel, data), defaultScope()), origin, Duration.ZERO);
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

    /** Puts a ready-made packet of this node's own on every Up link (marked seen, so its echo is ignored). */
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

    private void sendRouted(Identity to, Payload payload, TrafficOrigin origin) {
        Packet packet = paths.get(to).map(payload::toDirect).orElseGet(() -> transmitter.flood(payload, defaultScope()));
        transmitter.sendTo(to, packet, origin, Duration.ZERO);
    }

    private Optional<RegionKey> defaultScope() {
        return config.forwarding().regions().defaultScope();
    }

    private void startPort(LinkPort port) {
        ports.start(port, scheduler, receiver::onFrame, (id, state) -> listeners.forEach(l -> l.onLinkStateChanged(id, state)));
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
