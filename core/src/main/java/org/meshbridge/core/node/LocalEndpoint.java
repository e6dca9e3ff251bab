package org.meshbridge.core.node;

import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A local identity the node hosts (a room, an internet user, the bridge itself) and what it
 * wants from the mesh. Every callback runs on the node's scheduler thread; the defaults ignore
 * everything, so an endpoint implements only what it uses.
 */
public interface LocalEndpoint {

    /** The identity; its key is fixed for the life of the registration. */
    LocalIdentity identity();

    /**
     * The known peers (contacts, ACL entries) whose public key starts with byte {@code hash}; the
     * node tries each, in order, until one's secret opens the datagram ({@code searchPeersByHash}).
     */
    List<Identity> peersWithHash(int hash);

    /** How the node answers for this endpoint. */
    default ReplyStyle replyStyle() {
        return ReplyStyle.COMPANION;
    }

    /**
     * A TXT_MSG from a known peer. For PLAIN and SIGNED_PLAIN texts, returning true makes the node
     * send the ACK (CLI_DATA is never ACKed).
     */
    default boolean onText(PeerMessage message, TextMessageContent text) {
        return true;
    }

    /** A REQ from a known peer; a returned RESPONSE is sealed and sent back to it. */
    default Optional<ResponseContent> onRequest(PeerMessage message) {
        return Optional.empty();
    }

    /** A RESPONSE from a known peer, sent on its own or inside a PATH. */
    default void onResponse(PeerMessage message) {
    }

    /** An ANON_REQ (login, anonymous request); a returned RESPONSE is sealed and sent back. */
    default Optional<ResponseContent> onAnonRequest(PeerMessage message) {
        return Optional.empty();
    }

    /** A peer told us its path (a PATH packet); the node has stored it. */
    default void onPathUpdated(Identity peer, Path path) {
    }

    /** Channels whose GRP_TXT/GRP_DATA this endpoint receives. */
    default List<ChannelKey> channels() {
        return List.of();
    }

    /** A channel datagram on one of {@link #channels()}. */
    default void onGroupMessage(GroupMessage message) {
    }

    /** A verified, fresh advert from another node. */
    default void onAdvert(Contact contact) {
    }

    /** The app data this endpoint advertises with; empty means it does not advertise. */
    default Optional<AdvertAppData> advert() {
        return Optional.empty();
    }

    /**
     * Whether the node sends this endpoint's adverts on its {@link AdvertSchedule}; false means only
     * when asked ({@link MeshNode#advertNow}), as a companion radio adverts when its user says so.
     */
    default boolean advertsOnSchedule() {
        return true;
    }
}
