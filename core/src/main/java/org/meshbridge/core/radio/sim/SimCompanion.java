package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.GroupTextPayload;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.RoomLogin;

/**
 * A simulated phone with a companion radio ({@code examples/companion_radio} on
 * {@code BaseChatMesh}, driven the way the apps drive it). It does not forward (client repeat
 * off). It learns contacts from adverts (signature verified by the mesh, nameless adverts and
 * non-increasing timestamps ignored), sends DMs with ACK tracking and retries ({@link ChatSender}),
 * receives DMs and room pushes and ACKs them ({@link ChatReceiver}: a PATH return carrying the ACK
 * when the message came by flood, else a plain ACK), sends and receives channel texts, and logs in
 * to rooms (ANON_REQ with {@code sync_since} and password; spec §7.3). A post to a room is a DM
 * to the room contact ({@link #sendText}).
 *
 * <p>Everything it received is kept for tests: {@link #directMessages}, {@link #channelMessages},
 * {@link #roomPosts}, {@link #logins}, {@link #deliveries}. The channel "Public" (the firmware's
 * {@code PUBLIC_GROUP_PSK}) is configured from the start, as on a new companion.
 */
public final class SimCompanion extends SimMesh {

    /** The name of the preconfigured public channel. */
    public static final String PUBLIC_CHANNEL = "Public";

    /**
     * When the user presses "advert" (the companion firmware has no advert timer of its own).
     *
     * @param firstAdvert delay from {@link #start} to the first advert; {@link Duration#ZERO} for none
     * @param advertInterval between adverts; {@link Duration#ZERO} for just the first
     * @param floodAdverts flood them (else zero-hop)
     */
    public record Settings(Duration firstAdvert, Duration advertInterval, boolean floodAdverts) {

        /** No adverts unless {@link #advertNow} is called. */
        public static final Settings QUIET = new Settings(Duration.ZERO, Duration.ZERO, true);

        public Settings {
            Objects.requireNonNull(firstAdvert, "firstAdvert");
            Objects.requireNonNull(advertInterval, "advertInterval");
            if (firstAdvert.isNegative() || advertInterval.isNegative()) {
                throw new IllegalArgumentException("advert timers must not be negative: " + this);
            }
        }
    }

    private final Settings settings;
    private final Map<Identity, ContactEntry> contacts = new LinkedHashMap<>();
    private final Map<String, ChannelKey> channels = new LinkedHashMap<>();
    private final ChatSender sender = new ChatSender(this);
    private final ChatReceiver receiver = new ChatReceiver(this);
    private final List<ChannelMessage> channelMessages = new ArrayList<>();
    private Cancellable adverts = () -> false;

    /** Places the companion on {@code air} as node {@code name}; {@code name} is also its advertised name. */
    public SimCompanion(String name, LocalIdentity identity, SimulatedAir air, RandomGenerator random, Settings settings) {
        super(name, identity, air, random, SimConstants.TX_DELAY_FACTOR, SimConstants.COMPANION_DIRECT_TX_DELAY_FACTOR);
        this.settings = Objects.requireNonNull(settings, "settings");
        channels.put(PUBLIC_CHANNEL, ChannelKey.PUBLIC);
    }

    /** Starts the advert timer. */
    @Override
    public void start() {
        if (settings.firstAdvert().isZero()) {
            return;
        }
        if (settings.advertInterval().isZero()) {
            adverts = scheduler().schedule(settings.firstAdvert(), () -> advertNow(settings.floodAdverts()));
        } else {
            adverts = scheduler().scheduleAtFixedRate(settings.firstAdvert(), settings.advertInterval(),
                    () -> advertNow(settings.floodAdverts()));
        }
    }

    /** Stops the advert timer. */
    @Override
    public void stop() {
        adverts.cancel();
    }


    /** Sends a chat-node advert with this companion's name now ({@code CMD_SEND_SELF_ADVERT}). */
    public void advertNow(boolean flood) {
        AdvertAppData appData = AdvertAppData.of(NodeType.CHAT, name(), Optional.empty());
        AdvertPayload advert = SimCrypto.advert(identity(), rtcNowUnique(), appData);
        if (flood) {
            sendFlood(advert, Duration.ZERO);
        } else {
            sendZeroHop(advert, Duration.ZERO);
        }
    }

    /** Adds (or replaces) a channel under {@code name}. */
    public void addChannel(String name, ChannelKey key) {
        channels.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(key, "key"));
    }

    /** The contacts, in the order they were first heard. */
    public List<SimContact> contacts() {
        return contacts.values().stream().map(ContactEntry::snapshot).toList();
    }

    /** The contact advertised as {@code name}. */
    public Optional<SimContact> contact(String name) {
        return find(name).map(ContactEntry::snapshot);
    }

    /** Forgets the direct path to a contact, so the next message floods ({@code CMD_RESET_PATH}). */
    public void resetPath(String contactName) {
        require(contactName).outPath = Optional.empty();
    }

    /**
     * Sends a text to a contact (a DM, or a post when the contact is a room), with retries.
     *
     * @throws IllegalArgumentException if no contact has that name
     */
    public Delivery sendText(String contactName, String text) {
        return sender.send(require(contactName), text);
    }

    /** Floods {@code "name: text"} on a channel ({@code sendGroupMessage}). */
    public void sendChannelText(String channelName, String text) {
        ChannelKey key = channels.get(channelName);
        if (key == null) {
            throw new IllegalArgumentException("no channel named " + channelName);
        }
        GroupTextContent content = GroupTextContent.of(rtcNowUnique(), name(), text);
        sendFlood(GroupTextPayload.seal(key, content), Duration.ZERO);
    }

    /**
     * Logs in to a room contact ({@code BaseChatMesh::sendLogin}): an ANON_REQ carrying the time,
     * the room's {@code sync_since} and the password (at most 15 bytes), flooded unless a path is
     * known. The answer, if any, appears in {@link #logins}.
     */
    public void login(String roomName, String password) {
        login(roomName, password, require(roomName).syncSince);
    }

    /**
     * Logs in asking for every post newer than {@code syncSince} (the app's "re-sync from" a point),
     * instead of the newest post timestamp received from that room.
     */
    public void login(String roomName, String password, long syncSince) {
        ContactEntry room = require(roomName);
        RoomLogin login = RoomLogin.of(rtcNowUnique(), syncSince, password);
        AnonRequestPayload request = room.link.sealAnonymous(login);
        receiver.expectLogin(room);
        if (room.outPath.isEmpty()) {
            sendFlood(request, Duration.ZERO);
        } else {
            sendDirect(request, room.outPath.get(), Duration.ZERO);
        }
    }

    public List<Delivery> deliveries() {
        return sender.deliveries();
    }

    public List<DirectMessage> directMessages() {
        return receiver.directMessages();
    }

    public List<ChannelMessage> channelMessages() {
        return List.copyOf(channelMessages);
    }

    public List<RoomPost> roomPosts() {
        return receiver.roomPosts();
    }

    public List<LoginResult> logins() {
        return receiver.logins();
    }

    // ---- receive hooks -----------------------------------------------------------------------

    @Override
    boolean onAckRecv(Packet packet, AckHash ack) {
        Optional<ContactEntry> from = sender.processAck(ack);
        if (from.isPresent() && packet.route().isFlood() && from.get().outPath.isPresent()) {
            receiver.returnPathRetry(from.get(), packet.path());
        }
        return from.isPresent();
    }

    @Override
    boolean onPeerDatagram(Packet packet, PeerDatagram datagram) {
        int tried = 0;
        for (ContactEntry contact : contacts.values()) {
            if (contact.hash() != datagram.srcHash() || tried++ >= SimConstants.MAX_SEARCH_RESULTS) {
                continue;
            }
            Optional<Bytes> plaintext = contact.link.decrypt(datagram);
            if (plaintext.isPresent()) {
                receiver.onPeerData(packet, datagram, contact, plaintext.get());
                return true;
            }
        }
        return false;
    }

    @Override
    void onGroupDatagram(Packet packet, GroupDatagram datagram) {
        if (!packet.is(PayloadType.GRP_TXT)) {
            return;
        }
        int tried = 0;
        for (Map.Entry<String, ChannelKey> channel : channels.entrySet()) {
            if (channel.getValue().hash() != datagram.channelHash() || tried++ >= SimConstants.MAX_CHANNEL_MATCHES) {
                continue;
            }
            try {
                Optional<GroupTextContent> opened = ((GroupTextPayload) datagram).open(channel.getValue());
                if (opened.isEmpty()) {
                    continue;
                }
                GroupTextContent text = opened.get();
                channelMessages.add(new ChannelMessage(channel.getKey(), text.sender(), text.message(), text.timestamp(),
                        packet.path().hopCount(), scheduler().now()));
            } catch (MalformedFrameException notPlainText) {
                // the MAC matched but onGroupDataRecv drops other text types
            }
            return;
        }
    }

    /** {@code BaseChatMesh::onAdvertRecv}: add or update the contact unless nameless or replayed. */
    @Override
    void onAdvert(Packet packet, AdvertPayload advert) {
        Optional<AdvertAppData> appData = advert.appDataFields();
        Optional<String> advertName = appData.flatMap(AdvertAppData::name);
        if (advertName.isEmpty()) {
            return;
        }
        Identity id = Identity.of(advert.publicKey());
        ContactEntry known = contacts.get(id);
        if (known == null) {
            contacts.put(id, new ContactEntry(identity(), id, advertName.get(), appData.get().nodeTypeCode(), advert.timestamp()));
            return;
        }
        if (advert.timestamp() <= known.lastAdvertTimestamp) {
            return;
        }
        known.name = advertName.get();
        known.typeCode = appData.get().nodeTypeCode();
        known.lastAdvertTimestamp = advert.timestamp();
    }

    /** {@code processAck} for an ACK that came inside a PATH. */
    void confirm(AckHash ack) {
        sender.processAck(ack);
    }

    private Optional<ContactEntry> find(String contactName) {
        return contacts.values().stream().filter(c -> c.name.equals(contactName)).findFirst();
    }

    private ContactEntry require(String contactName) {
        return find(contactName).orElseThrow(() -> new IllegalArgumentException(name() + " has no contact named " + contactName));
    }
}
