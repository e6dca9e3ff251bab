package org.meshbridge.core.companion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshbridge.core.bridge.ChannelRoom;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeListener;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.RoomEvent;
import org.meshbridge.core.room.RoomEvents;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The virtual companions of one node, one per account (DESIGN §1): each account's presence on the
 * mesh with its own identity, inbox, channels and logins, shared by all of its sessions.
 *
 * <p>Rooms hosted on the same node are reached without the radio: a login checks the room's
 * password, posts go straight into its store, and its new posts land in the inbox of every
 * companion logged in. Direct messages between two companions of this server are handed over the
 * same way. Everything else goes over RF through the node, and so through the airtime budget, as
 * internet traffic ({@link org.meshbridge.core.airtime.TrafficOrigin#INTERNET}).
 *
 * <p>Threading: {@link #get}, {@link #openOrGet} and {@link #accounts} are thread-safe; everything else, here and on
 * {@link VirtualCompanion} and {@link CompanionSession}, runs on the node's scheduler thread
 * (hop with {@code scheduler.execute}); stages complete on it.
 */
public final class VirtualCompanions implements NodeListener {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualCompanions.class);

    /** Messages each account's inbox keeps for its sessions (and its {@link InboxStore}); older ones are dropped. */
    public static final int INBOX_CAPACITY = 512;

    private final MeshNode node;
    private final Scheduler scheduler;
    private final PostStore posts;
    private final List<ChannelSlot> serverChannels;
    private final InboxStore inboxes;
    private final ChannelSlotStore channelStore;
    private final Map<String, VirtualCompanion> byAccount = new ConcurrentHashMap<>();
    private final Map<Bytes, VirtualCompanion> byKey = new ConcurrentHashMap<>();
    private final Map<Bytes, Room> rooms = new ConcurrentHashMap<>();
    private final Map<ChannelKey, ChannelRoom> channelRooms = new ConcurrentHashMap<>();
    private final long startedEpochSeconds;
    private final List<RemoteReplyListener> replyListeners = new CopyOnWriteArrayList<>();
    private final Object opening = new Object();
    private volatile Optional<SignalReport> lastSignal = Optional.empty();

    /**
     * Builds the registry and subscribes it to the node and the room events.
     *
     * @param serverChannels the server's channels, which every companion starts with in slots 0, 1, ...
     */
    public VirtualCompanions(MeshNode node, Scheduler scheduler, PostStore posts, RoomEvents roomEvents,
                             List<ChannelSlot> serverChannels) {
        this(node, scheduler, posts, roomEvents, serverChannels, new InMemoryInboxStore());
    }

    /**
     * As above, with the inboxes kept in {@code inboxes} (the server's database): an account's unread
     * messages are loaded when its companion opens (a blocking read) and survive a restart.
     */
    public VirtualCompanions(MeshNode node, Scheduler scheduler, PostStore posts, RoomEvents roomEvents,
                             List<ChannelSlot> serverChannels, InboxStore inboxes) {
        this(node, scheduler, posts, roomEvents, serverChannels, inboxes, ChannelSlotStore.NONE);
    }

    /**
     * As above, with the channel slots an account sets kept in {@code channelStore} too (loaded,
     * blocking, when its companion opens), so an app's channels survive a restart.
     */
    public VirtualCompanions(MeshNode node, Scheduler scheduler, PostStore posts, RoomEvents roomEvents,
                             List<ChannelSlot> serverChannels, InboxStore inboxes, ChannelSlotStore channelStore) {
        this.inboxes = Objects.requireNonNull(inboxes, "inboxes");
        this.channelStore = Objects.requireNonNull(channelStore, "channelStore");
        this.node = Objects.requireNonNull(node, "node");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.posts = Objects.requireNonNull(posts, "posts");
        this.serverChannels = List.copyOf(serverChannels);
        if (this.serverChannels.size() > ChannelSlots.MAX_CHANNELS) {
            throw new IllegalArgumentException("at most " + ChannelSlots.MAX_CHANNELS + " server channels fit a companion");
        }
        this.startedEpochSeconds = scheduler.now().getEpochSecond();
        node.addListener(this);
        roomEvents.addListener(this::onRoomEvent);
    }

    /**
     * Opens the companion of {@code account} with its mesh identity and registers it on the node.
     * On the scheduler thread.
     *
     * @param name the name it advertises and shows in SelfInfo
     * @throws IllegalArgumentException if the account or the identity is already open, or the node hosts the key
     */
    public VirtualCompanion open(String account, LocalIdentity identity, String name) {
        VirtualCompanion companion;
        synchronized (opening) {
            if (byAccount.containsKey(account)) {
                throw new IllegalArgumentException("a companion for account " + account + " is already open");
            }
            companion = create(account, identity, name);
        }
        node.register(companion.endpoint());
        return companion;
    }

    /**
     * The companion of {@code account}, opened first if it is not yet. Thread-safe, ANY thread (the
     * web app's request threads): a new companion is usable at once, and its registration on the
     * node is handed to the scheduler thread, ahead of anything the caller hands over after this
     * returns. Two callers racing for one account get the same companion.
     *
     * @param identity the account's mesh identity (the accounts service's {@code meshIdentity})
     * @param name the name it advertises, used only when it is opened here
     * @throws IllegalArgumentException if the account is open with another identity, or the identity
     *     is open for another account
     */
    public VirtualCompanion openOrGet(String account, LocalIdentity identity, String name) {
        VirtualCompanion companion;
        synchronized (opening) {
            VirtualCompanion existing = byAccount.get(Objects.requireNonNull(account, "account"));
            if (existing != null) {
                if (!existing.identity().publicKey().equals(identity.publicKey())) {
                    throw new IllegalArgumentException("account " + account + " is open with another mesh identity");
                }
                return existing;
            }
            companion = create(account, identity, name);
        }
        scheduler.execute(() -> node.register(companion.endpoint()));
        return companion;
    }

    /**
     * Closes the companion of a removed account: its identity leaves the node (no more ACKs or
     * messages for it), listeners find no companion for it, and what its inbox kept is forgotten.
     * Its apps must be disconnected already (the accounts' revocation does that). Scheduler thread.
     *
     * @return false when the account had no open companion
     */
    public boolean close(String account) {
        VirtualCompanion companion;
        synchronized (opening) {
            companion = byAccount.remove(Objects.requireNonNull(account, "account"));
            if (companion == null) {
                return false;
            }
            byKey.remove(companion.identity().publicKey());
        }
        node.unregister(companion.identity());
        inboxes.forgetBefore(account, Long.MAX_VALUE).whenComplete((done, error) -> {
            if (error != null) {
                LOG.warn("the unread messages of removed account {} were not deleted: {}", account, error.getMessage());
            }
        });
        return true;
    }

    /** Keeps a slot an account's app set or cleared; a failed write is logged (the slot still works until a restart). */
    void channelSet(String account, ChannelSlotStore.SavedSlot slot) {
        channelStore.save(account, slot).whenComplete((done, error) -> {
            if (error != null) {
                LOG.warn("channel slot {} of account {} not kept across a restart: {}", slot.index(), account,
                        error.getMessage());
            }
        });
    }

    private VirtualCompanion create(String account, LocalIdentity identity, String name) {
        Objects.requireNonNull(account, "account");
        if (byKey.containsKey(identity.publicKey())) {
            throw new IllegalArgumentException("mesh identity " + identity.publicKey().hex() + " is already open");
        }
        VirtualCompanion companion = new VirtualCompanion(this, account, identity, name,
                new ChannelSlots(serverChannels, channelStore.load(account)), new Inbox(INBOX_CAPACITY, account, inboxes));
        byAccount.put(account, companion);
        byKey.put(identity.publicKey(), companion);
        return companion;
    }

    /** The companion of {@code account}, if open. Thread-safe. */
    public Optional<VirtualCompanion> get(String account) {
        return Optional.ofNullable(byAccount.get(account));
    }

    /** The signal report of the last packet any link heard (duplicates included), if a link reported one. Thread-safe. */
    public Optional<SignalReport> lastSignal() {
        return lastSignal;
    }

    /** The accounts with an open companion. Thread-safe. */
    public List<String> accounts() {
        return byAccount.keySet().stream().sorted().toList();
    }

    /** Makes a room hosted on this node a contact of every companion, reachable without the radio. */
    public void addRoom(Room room) {
        rooms.put(room.identity().publicKey(), room);
    }

    /** Also tells {@code listener} every status and telemetry answer a companion gets over RF (any thread). */
    public void addReplyListener(RemoteReplyListener listener) {
        replyListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Bridges a channel room with the companions: what an account sends on its channel is also
     * stored in the room (once, not transmitted again), so the web app and MQTT see it; an internet
     * post the room transmits on the channel (a web user's) reaches the companions holding the channel.
     */
    public void addChannelRoom(ChannelRoom room) {
        channelRooms.put(room.config().channel(), room);
    }

    Optional<ChannelRoom> channelRoom(ChannelKey key) {
        return Optional.ofNullable(channelRooms.get(key));
    }

    MeshNode node() {
        return node;
    }

    /** Passes an answer to the reply listeners; a failing listener does not keep it from the app. */
    void replied(Identity peer, RequestType type, Bytes body) {
        for (RemoteReplyListener l : replyListeners) {
            try {
                l.onRemoteReply(peer, type, body);
            } catch (RuntimeException e) {
                LOG.warn("reply listener failed", e);
            }
        }
    }

    Scheduler scheduler() {
        return scheduler;
    }

    PostStore posts() {
        return posts;
    }

    Collection<Room> rooms() {
        return rooms.values();
    }

    Optional<Room> room(Bytes key) {
        return Optional.ofNullable(rooms.get(key));
    }

    Optional<VirtualCompanion> byKey(Bytes key) {
        return Optional.ofNullable(byKey.get(key));
    }

    List<VirtualCompanion> all() {
        return new ArrayList<>(byAccount.values());
    }

    long startedEpochSeconds() {
        return startedEpochSeconds;
    }

    @Override
    public void onNodeHeard(Contact contact) {
        for (VirtualCompanion c : all()) {
            c.nodeHeard(contact);
        }
    }

    @Override
    public void onDelivery(LocalIdentity sender, Delivery delivery) {
        if (delivery instanceof Delivery.DeliveredLate late) {
            byKey(sender.publicKey()).ifPresent(c -> c.deliveredLate(late));
        }
    }

    @Override
    public void onPacketReceived(ReceivedPacket packet) {
        if (packet.frame().signal().isPresent()) {
            lastSignal = packet.frame().signal();
        }
        if (!packet.duplicate()) {
            for (VirtualCompanion c : all()) {
                c.packetHeard(packet);
            }
        }
    }

    private void onRoomEvent(RoomEvent event) {
        if (event instanceof RoomEvent.PostStored stored) {
            for (VirtualCompanion c : all()) {
                c.roomPost(stored.post());
            }
            transmittedChannelPost(stored.post());
        }
    }

    /** A channel room's internet post by no companion (the web's), which the room floods: companions hear it too. */
    private void transmittedChannelPost(Post post) {
        if (post.origin() != PostOrigin.INTERNET || post.authorKey().isPresent()) {
            return;
        }
        for (ChannelRoom room : channelRooms.values()) {
            if (room.name().equals(post.room()) && room.config().transmitInternet()) {
                for (VirtualCompanion c : all()) {
                    c.channelPost(room.config().channel(), post.timestamp(), post.authorName() + ": " + post.text());
                }
            }
        }
    }
}
