package org.meshbridge.core.battery;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AnonRequestContent;
import org.meshbridge.protocol.payload.RepeaterLogin;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.RoomLogin;

/**
 * Asks the configured nodes for their battery every {@link BatteryPollConfig#every()}: a login
 * (ANON_REQ, as the firmware answers REQs only from clients in its ACL; guest rights suffice for
 * GET_STATUS and for the base telemetry), then GET_STATUS (repeaters, room servers) or
 * GET_TELEMETRY_DATA (sensors, which do not answer GET_STATUS), whose answer goes to
 * {@link BatteryReports}. It is a {@link LocalEndpoint} with its own identity that never adverts.
 *
 * <p>Gentle on the air: one poll at a time (the most overdue node first, checked every
 * {@link #TICK} plus a random jitter), everything through {@link MeshNode}'s request APIs and so through the airtime
 * budget as the bridge's own ({@link TrafficOrigin#LOCAL}) traffic. A node that does not answer
 * within {@link #REPLY_TIMEOUT} (a wrong password looks the same: the firmware stays silent) is
 * retried after {@link #FIRST_RETRY}, doubling per failure up to four times {@code every}. Within
 * {@link #LOGIN_REUSE} of a login the node accepted, a poll is the request alone.
 * Confined to the scheduler thread, except {@link #stats()} and {@link #state(String)}.
 */
public final class BatteryPoller implements LocalEndpoint {

    /** How long each answer (login, then the request) is waited for. */
    public static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);
    /** How often due nodes are looked for. */
    public static final Duration TICK = Duration.ofMinutes(1);
    /** The wait after the first unanswered poll. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(10);
    /**
     * How long after a node last accepted our login or answered a request the login is trusted to
     * keep the poller in its access list: within it a poll is the request alone (two packets on
     * the air instead of four). The firmware keeps a client
     * until 32 newer ones push it out or a reboot without a saved list; a request it then ignores
     * is followed at the next look by a poll with a login, with no backoff.
     */
    public static final Duration LOGIN_REUSE = Duration.ofHours(12);
    private static final int MAX_BACKOFF_FACTOR = 4;
    private static final int TICK_JITTER_MS = 10_000;
    private static final int RESP_SERVER_LOGIN_OK = 0;

    private final MeshNode node;
    private final Scheduler scheduler;
    private final NodeRegistry registry;
    private final LocalIdentity identity;
    private final BatteryPollConfig config;
    private final BatteryReports reports;
    private final RandomGenerator random;
    private final Map<String, PollState> states = new HashMap<>();
    /** When each node last accepted our login. */
    private final Map<String, Instant> logins = new HashMap<>();
    private volatile Map<String, PollState> published = Map.of();
    private volatile BatteryPollStats stats = new BatteryPollStats(0, 0, 0);
    private Poll inFlight;
    private Cancellable ticker = () -> false;

    /** One poll under way. */
    private static final class Poll {
        final Identity peer;
        final NodeRole role;
        long tag;
        boolean loggedIn;
        /** Sent without a login, trusting an earlier one. */
        boolean reusedLogin;
        Cancellable timeout = () -> false;

        Poll(Identity peer, NodeRole role) {
            this.peer = peer;
            this.role = role;
        }
    }

    public BatteryPoller(MeshNode node, Scheduler scheduler, NodeRegistry registry, LocalIdentity identity,
                         BatteryPollConfig config, BatteryReports reports, RandomGenerator random) {
        this.node = Objects.requireNonNull(node, "node");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.config = Objects.requireNonNull(config, "config");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Registers the endpoint and starts looking for due nodes every {@link #TICK}; scheduler thread. */
    public void start() {
        node.register(this);
        scheduleTick();
    }

    /** The next look after {@link #TICK} plus up to 10 s, so polls do not keep meeting neighbours' timed adverts. */
    private void scheduleTick() {
        ticker = scheduler.schedule(TICK.plusMillis(random.nextInt(TICK_JITTER_MS)), () -> {
            tick();
            scheduleTick();
        });
    }

    /** Stops polling; an answer still on its way is ignored. Scheduler thread. */
    public void stop() {
        ticker.cancel();
        logins.clear();
        if (inFlight != null) {
            inFlight.timeout.cancel();
            inFlight = null;
        }
        node.unregister(identity);
    }

    /** Counters since start; any thread. */
    public BatteryPollStats stats() {
        return stats;
    }

    /** The poll state of node {@code id} (64 hex), once it was polled; any thread. */
    public Optional<PollState> state(String id) {
        return Optional.ofNullable(published.get(id.toLowerCase(Locale.ROOT)));
    }

    @Override
    public LocalIdentity identity() {
        return identity;
    }

    @Override
    public List<Identity> peersWithHash(int hash) {
        return inFlight != null && inFlight.peer.hash() == hash ? List.of(inFlight.peer) : List.of();
    }

    @Override
    public void onResponse(PeerMessage message) {
        Poll poll = inFlight;
        if (poll == null || !message.sender().equals(poll.peer) || message.plaintext().size() < 4) {
            return;
        }
        Bytes plain = message.plaintext();
        if (!poll.loggedIn) {
            if (plain.size() > 4 && plain.get(4) == RESP_SERVER_LOGIN_OK) {
                poll.loggedIn = true;
                logins.put(poll.peer.publicKey().hex(), scheduler.now());
                sendRequest(poll);
            }
            return;
        }
        if (tagOf(plain) != poll.tag) {
            return;
        }
        Bytes body = plain.slice(4, plain.size());
        if (poll.role == NodeRole.SENSOR) {
            reports.telemetry(poll.peer, body);
        } else {
            reports.status(poll.peer, body);
        }
        finish(poll, true);
    }

    /** Starts the most overdue poll, if none is under way. */
    void tick() {
        if (inFlight != null) {
            return;
        }
        Instant now = scheduler.now();
        NodeSnapshot due = null;
        Instant dueAt = null;
        for (NodeSnapshot n : registry.nodes()) {
            if (!config.covers(n.id(), n.name())) {
                continue;
            }
            PollState s = states.get(n.id());
            Instant at = s == null ? Instant.MIN : s.nextPoll();
            if (!at.isAfter(now) && (dueAt == null || at.isBefore(dueAt))) {
                due = n;
                dueAt = at;
            }
        }
        if (due != null) {
            begin(due);
        }
    }

    private void begin(NodeSnapshot target) {
        Identity peer = Identity.of(Bytes.fromHex(target.id()));
        Poll poll = new Poll(peer, target.role());
        inFlight = poll;
        Instant loggedInAt = logins.get(peer.publicKey().hex());
        if (loggedInAt != null && Duration.between(loggedInAt, scheduler.now()).compareTo(LOGIN_REUSE) < 0) {
            poll.loggedIn = true;
            poll.reusedLogin = true;
            count(1, 0, 0);
            sendRequest(poll);
            return;
        }
        long ts = node.nextTimestamp(identity);
        String password = config.password().orElse("");
        AnonRequestContent login = target.role() == NodeRole.ROOM_SERVER
                ? RoomLogin.of(ts, ts, password) // sync_since = now: no old posts pushed at us
                : RepeaterLogin.of(ts, password);
        count(1, 0, 0);
        node.sendAnonRequest(identity, peer, login, TrafficOrigin.LOCAL);
        poll.timeout = scheduler.schedule(REPLY_TIMEOUT, () -> finish(poll, false));
    }

    private void sendRequest(Poll poll) {
        poll.timeout.cancel();
        poll.tag = node.nextTimestamp(identity);
        byte[] padding = new byte[4];
        random.nextBytes(padding);
        RequestType type = poll.role == NodeRole.SENSOR ? RequestType.GET_TELEMETRY_DATA : RequestType.GET_STATUS;
        node.sendRequest(identity, poll.peer, RequestContent.fixed(poll.tag, type, Bytes.zeros(4), Bytes.of(padding)),
                TrafficOrigin.LOCAL);
        poll.timeout = scheduler.schedule(REPLY_TIMEOUT, () -> finish(poll, false));
    }

    private void finish(Poll poll, boolean answered) {
        if (inFlight != poll) {
            return;
        }
        poll.timeout.cancel();
        inFlight = null;
        String id = poll.peer.publicKey().hex();
        Instant now = scheduler.now();
        PollState old = states.get(id);
        boolean loginLost = !answered && poll.reusedLogin;
        if (loginLost) {
            logins.remove(id); // perhaps no longer in its access list: the next look logs in again
        } else if (answered) {
            logins.put(id, now); // it answered, so it still knows us
        }
        int before = old == null ? 0 : old.failures();
        int failures = answered ? 0 : loginLost ? before : before + 1;
        Duration wait = answered ? config.every() : loginLost ? Duration.ZERO : backoff(failures);
        states.put(id, new PollState(failures, now.plus(wait), answered ? Optional.of(now)
                : old == null ? Optional.empty() : old.lastAnswer()));
        published = Map.copyOf(states);
        count(0, answered ? 1 : 0, answered ? 0 : 1);
    }

    /** {@link #FIRST_RETRY} doubled per failure after the first, at most four times {@code every}. */
    Duration backoff(int failures) {
        Duration cap = config.every().multipliedBy(MAX_BACKOFF_FACTOR);
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) < 0 ? wait : cap;
    }

    private void count(int polls, int answered, int unanswered) {
        BatteryPollStats s = stats;
        stats = new BatteryPollStats(s.polls() + polls, s.answered() + answered, s.noReply() + unanswered);
    }

    private static long tagOf(Bytes plain) {
        return plain.get(0) | (long) plain.get(1) << 8 | (long) plain.get(2) << 16 | (long) plain.get(3) << 24;
    }
}
