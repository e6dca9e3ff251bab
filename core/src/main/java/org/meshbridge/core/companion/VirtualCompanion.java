package org.meshbridge.core.companion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.Room;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.RepeaterLogin;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.RoomLogin;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextType;
import org.meshbridge.protocol.payload.TracePayload;

/**
 * One account's presence on the mesh: its identity (a local endpoint on the node), contacts, one
 * inbox shared by all its sessions, channel slots, and what it can ask of the mesh. Built by
 * {@link VirtualCompanions#open}. Every method runs on the node's scheduler thread; stages
 * complete on it.
 */
public final class VirtualCompanion {

    private static final Duration FLOOD_TIMEOUT_ESTIMATE = Duration.ofSeconds(12);
    private static final Duration DIRECT_TIMEOUT_ESTIMATE = Duration.ofSeconds(6);

    private final VirtualCompanions host;
    private final String account;
    private final LocalIdentity identity;
    private final String name;
    private final ChannelSlots slots;
    private final Inbox inbox;
    private final List<CompanionSession> sessions = new ArrayList<>();
    private final CompanionEndpoint endpoint = new CompanionEndpoint(this);
    private final RemoteRequests requests;
    private final HostedRoomLogins roomLogins = new HostedRoomLogins(this);
    private final ContactView contacts = new ContactView(this);
    private final TraceReturns traces;
    private final TrackedSends sends = new TrackedSends();
    private final SplittableRandom padding;

    VirtualCompanion(VirtualCompanions host, String account, LocalIdentity identity, String name, ChannelSlots slots, Inbox inbox) {
        this.host = host;
        this.account = account;
        this.identity = Objects.requireNonNull(identity, "identity");
        this.name = Objects.requireNonNull(name, "name");
        this.slots = slots;
        this.inbox = inbox;
        this.requests = new RemoteRequests(host.scheduler());
        this.traces = new TraceReturns(host.scheduler());
        this.padding = new SplittableRandom(identity.publicKey().hashCode());
    }

    public String account() {
        return account;
    }

    public LocalIdentity identity() {
        return identity;
    }

    /** The name it advertises. */
    public String name() {
        return name;
    }

    /** The server's clock, epoch seconds (what the app reads as device time). */
    public long epochSeconds() {
        return host.scheduler().now().getEpochSecond();
    }

    /** Starts a session (one connected app) reading the inbox with its own cursor. */
    public CompanionSession openSession(SessionListener listener) {
        CompanionSession session = new CompanionSession(this, inbox, listener);
        inbox.attach(session);
        sessions.add(session);
        return session;
    }

    /** The signal report of the last packet the shared radio heard (for the app's radio stats). */
    public Optional<SignalReport> lastHeardSignal() {
        return host.lastSignal();
    }

    /** Connected sessions. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Messages dropped because the inbox was full while sessions had not read them. */
    public long droppedMessages() {
        return inbox.dropped();
    }

    /** Rooms hosted here, the other companions here, then nodes heard on RF. */
    public List<CompanionContact> contacts() {
        return contacts.all();
    }

    /** The contact whose key starts with {@code keyPrefix}. */
    public Optional<CompanionContact> contact(Bytes keyPrefix) {
        return contacts.find(keyPrefix);
    }

    /**
     * Sends a direct message ({@code CMD_SEND_TXT_MSG}): to a room hosted here it is a post (plain
     * text only), to a companion here it lands in its inbox, else it goes over RF with ACK tracking
     * (CLI data untracked). A resend (same recipient, timestamp and text, any attempt) of a message
     * the node is still retrying returns that message instead of sending it again; an ACK after the
     * node gave up completes {@link OutgoingText#deliveredLate()}.
     *
     * @param timestamp the sender timestamp; 0 takes the next one from the node's clock
     * @throws CompanionException NOT_FOUND for an unknown contact, ILLEGAL_ARGUMENT for a text over
     *     160 bytes, NOT_ALLOWED for CLI data to a room hosted here
     */
    public OutgoingText sendText(Bytes keyPrefix, int txtType, int attempt, long timestamp, String text) throws CompanionException {
        CompanionContact to = contact(keyPrefix)
                .orElseThrow(() -> new CompanionException(CompanionException.Reason.NOT_FOUND, "no contact " + keyPrefix.hex()));
        long ts = timestamp != 0 ? timestamp : host.node().nextTimestamp(identity);
        boolean cli = txtType == TextType.CLI_DATA.code();
        TextMessageContent content;
        try {
            content = cli ? TextMessageContent.cliData(ts, attempt & 3, text) : TextMessageContent.plain(ts, attempt & 3, text);
        } catch (IllegalArgumentException tooLong) {
            throw new CompanionException(CompanionException.Reason.ILLEGAL_ARGUMENT, tooLong.getMessage());
        }
        Bytes ack = AckHash.forPlainText(content, identity.publicKey()).value();
        Optional<Room> room = host.room(to.identity().publicKey());
        if (room.isPresent()) {
            if (cli) {
                throw new CompanionException(CompanionException.Reason.NOT_ALLOWED, "rooms hosted here take no CLI commands over the companion link");
            }
            return new OutgoingText(ack, false, DIRECT_TIMEOUT_ESTIMATE, postToRoom(room.get(), to.identity(), ack, text));
        }
        Optional<VirtualCompanion> local = host.byKey(to.identity().publicKey());
        if (local.isPresent()) {
            local.get().deliver(new InboxMessage.Direct(identity.publicKey(), InboxMessage.DIRECT, content.txtTypeCode(), ts,
                    Optional.empty(), text, Optional.empty()));
            return new OutgoingText(ack, false, DIRECT_TIMEOUT_ESTIMATE, CompletableFuture.completedFuture(
                    new Delivery.Delivered(to.identity(), 1, new AckHash(ack), Duration.ZERO)));
        }
        boolean flood = host.node().paths().get(to.identity()).isEmpty();
        Duration estimate = flood ? FLOOD_TIMEOUT_ESTIMATE : DIRECT_TIMEOUT_ESTIMATE;
        if (cli) {
            host.node().sendUntrackedText(identity, to.identity(), content, TrafficOrigin.INTERNET);
            return new OutgoingText(ack, flood, estimate, new CompletableFuture<>());
        }
        TrackedSends.Key key = new TrackedSends.Key(to.identity().publicKey(), ts, content.txtTypeCode(), text);
        Optional<OutgoingText> resent = timestamp != 0 ? sends.inFlight(key) : Optional.empty();
        if (resent.isPresent()) {
            return resent.get();
        }
        return sends.track(key, content, identity.publicKey(), new OutgoingText(ack, flood, estimate,
                host.node().sendMessage(identity, to.identity(), content, TrafficOrigin.INTERNET)));
    }

    /** A plain text with the node's next timestamp; see {@link #sendText(Bytes, int, int, long, String)}. */
    public OutgoingText sendText(Bytes keyPrefix, String text) throws CompanionException {
        return sendText(keyPrefix, TextType.PLAIN.code(), 0, 0, text);
    }

    /**
     * Sends {@code "name: text"} on channel slot {@code index} ({@code CMD_SEND_CHANNEL_TXT_MSG}),
     * flooded over RF and handed to the other companions here that have the channel.
     *
     * @throws CompanionException NOT_FOUND for an empty slot, NOT_ALLOWED for a server channel the
     *     operator did not open to internet traffic, ILLEGAL_ARGUMENT for a name too long
     */
    public void sendChannelText(int index, long timestamp, String text) throws CompanionException {
        ChannelSlot slot = slots.get(index)
                .orElseThrow(() -> new CompanionException(CompanionException.Reason.NOT_FOUND, "no channel in slot " + index));
        if (!slot.transmit()) {
            throw new CompanionException(CompanionException.Reason.NOT_ALLOWED,
                    "the operator has not opened channel " + slot.name() + " to internet traffic");
        }
        long ts = timestamp != 0 ? timestamp : host.node().nextTimestamp(identity);
        GroupTextContent content;
        try {
            content = GroupTextContent.of(ts, name, text);
        } catch (IllegalArgumentException bad) {
            throw new CompanionException(CompanionException.Reason.ILLEGAL_ARGUMENT, bad.getMessage());
        }
        host.node().sendGroupText(slot.key(), content, TrafficOrigin.INTERNET);
        host.channelRoom(slot.key()).ifPresent(room -> room.recordSent(identity.publicKey(), name, text));
        for (VirtualCompanion other : host.all()) {
            if (other != this) {
                other.channelPost(slot.key(), ts, content.textString());
            }
        }
    }

    /** Channel slot {@code index}, if set. */
    public Optional<ChannelSlot> channel(int index) {
        return slots.get(index);
    }

    /** Sets slot {@code index} for this account only; an empty name clears it. */
    public void setChannel(int index, String channelName, ChannelKey key) throws CompanionException {
        slots.set(index, channelName, key);
        host.channelSet(account, new ChannelSlotStore.SavedSlot(index, channelName,
                channelName.isEmpty() ? Optional.empty() : Optional.of(key)));
    }

    /**
     * Logs in to a room or repeater ({@code CMD_SEND_LOGIN}): a room hosted here answers at once;
     * a server over RF gets an ANON_REQ and the stage completes with its answer, or fails with a
     * {@link java.util.concurrent.TimeoutException} after {@link RemoteRequests#TIMEOUT}.
     */
    public CompletionStage<LoginResult> login(Bytes serverKey, String password) throws CompanionException {
        Optional<Room> room = host.room(serverKey);
        if (room.isPresent()) {
            return CompletableFuture.completedFuture(roomLogins.login(room.get(), password));
        }
        Identity server = identityOf(serverKey);
        boolean repeater = host.node().contacts().get(server).map(Contact::nodeTypeCode).orElse(0) == NodeType.REPEATER.code();
        long ts = host.node().nextTimestamp(identity);
        CompletableFuture<Bytes> answer = requests.awaitLogin(server);
        host.node().sendAnonRequest(identity, server,
                repeater ? RepeaterLogin.of(ts, password) : RoomLogin.of(ts, 0, password), TrafficOrigin.INTERNET);
        return answer.thenApply(plain -> LoginReplies.parse(serverKey, plain));
    }

    /** Forgets a login to a room hosted here (RF servers forget by themselves). */
    public void logout(Bytes serverKey) {
        roomLogins.logout(serverKey);
    }

    /**
     * Asks a server for its status: a room hosted here answers at once with what GET_STATUS would
     * answer; others over RF, completing with the response after its tag.
     */
    public CompletionStage<Bytes> requestStatus(Bytes serverKey) throws CompanionException {
        Optional<Room> room = host.room(serverKey);
        if (room.isPresent()) {
            return CompletableFuture.completedFuture(room.get().stats().encode());
        }
        return request(serverKey, RequestType.GET_STATUS);
    }

    /** Asks a node over RF for its telemetry (Cayenne LPP); completes with the response after its tag. */
    public CompletionStage<Bytes> requestTelemetry(Bytes nodeKey) throws CompanionException {
        return request(nodeKey, RequestType.GET_TELEMETRY_DATA);
    }

    /** Sends a TRACE along {@code hopHashes} ({@code CMD_SEND_TRACE_PATH}); completes when it comes back. */
    public CompletionStage<TraceResult> trace(long tag, long authCode, int flags, Bytes hopHashes) throws CompanionException {
        TracePayload payload;
        try {
            payload = TracePayload.of(tag, authCode, 1 << (flags & 3), hopHashes);
        } catch (IllegalArgumentException bad) {
            throw new CompanionException(CompanionException.Reason.ILLEGAL_ARGUMENT, bad.getMessage());
        }
        CompletableFuture<TraceResult> back = traces.await(tag);
        host.node().transmit(Packet.direct(PayloadType.TRACE, Path.EMPTY, payload.encode()), TrafficOrigin.INTERNET);
        return back;
    }

    /** Sends this companion's advert now, zero-hop or flooded ({@code CMD_SEND_SELF_ADVERT}). */
    public void advert(boolean flood) {
        host.node().advertNow(identity, flood);
    }

    // ---- package-private: the endpoint, registry and sessions call these on the scheduler thread

    VirtualCompanions host() {
        return host;
    }

    CompanionEndpoint endpoint() {
        return endpoint;
    }

    RemoteRequests requests() {
        return requests;
    }

    ChannelSlots slots() {
        return slots;
    }

    void deliver(InboxMessage message) {
        inbox.add(message);
    }

    /** A text on channel {@code key} that did not come over RF: into the inbox once per slot holding it. */
    void channelPost(ChannelKey key, long timestamp, String text) {
        for (int i : slots.indexesOf(key)) {
            deliver(new InboxMessage.Channel(i, InboxMessage.DIRECT, timestamp, text, Optional.empty()));
        }
    }

    void detach(CompanionSession session) {
        sessions.remove(session);
        inbox.detach(session);
    }

    void nodeHeard(Contact contact) {
        CompanionContact view = contacts.fromRf(contact);
        for (CompanionSession s : List.copyOf(sessions)) {
            s.nodeHeard(view);
        }
    }

    void packetHeard(ReceivedPacket packet) {
        traces.heard(packet);
    }

    void deliveredLate(Delivery.DeliveredLate late) {
        sends.deliveredLate(late);
    }

    void roomPost(Post post) {
        roomLogins.onPost(post);
    }

    private CompletionStage<Delivery> postToRoom(Room room, Identity roomIdentity, Bytes ack, String text) {
        Instant sent = host.scheduler().now();
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        room.postFromAccount(identity.publicKey(), name, text).whenComplete((post, error) -> host.scheduler().execute(() ->
                result.complete(error == null
                        ? new Delivery.Delivered(roomIdentity, 1, new AckHash(ack), Duration.between(sent, host.scheduler().now()))
                        : new Delivery.Failed(roomIdentity, 1, Delivery.FailureReason.NO_ACK))));
        return result;
    }

    private CompletionStage<Bytes> request(Bytes key, RequestType type) throws CompanionException {
        Identity peer = identityOf(key);
        long tag = host.node().nextTimestamp(identity);
        byte[] random = new byte[4];
        padding.nextBytes(random);
        CompletableFuture<Bytes> answer = requests.awaitResponse(peer, tag);
        host.node().sendRequest(identity, peer, RequestContent.fixed(tag, type, Bytes.of(new byte[4]), Bytes.of(random)),
                TrafficOrigin.INTERNET);
        return answer.thenApply(plain -> {
            Bytes body = plain.slice(4, plain.size());
            host.replied(peer, type, body);
            return body;
        });
    }

    private Identity identityOf(Bytes key) throws CompanionException {
        if (key.size() == Packet.PUB_KEY_BYTES) {
            return host.node().contacts().get(Identity.of(key)).map(Contact::identity).orElse(Identity.of(key));
        }
        return contact(key).map(CompanionContact::identity)
                .orElseThrow(() -> new CompanionException(CompanionException.Reason.NOT_FOUND, "no contact " + key.hex()));
    }
}
