package org.meshbridge.server.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * The bridge itself as a local endpoint: it advertises under the node's name and listens on its
 * channels (so group texts heard are opened in the packet log). Its only peers are the admin
 * nodes alerts are sent to ({@code alerts.mesh.admins}): knowing them lets the node open the ACKs
 * they return inside PATH packets. It reads no direct messages and ACKs none: rooms and users
 * come with later services.
 */
final class BridgeEndpoint implements LocalEndpoint {

    private final LocalIdentity identity;
    private final AdvertAppData advert;
    private final List<ChannelKey> channels;
    private final List<Identity> peers;

    BridgeEndpoint(LocalIdentity identity, String name, List<ChannelKey> channels, List<Identity> peers) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.advert = AdvertAppData.of(NodeType.CHAT, name, Optional.empty());
        this.channels = List.copyOf(channels);
        this.peers = List.copyOf(peers);
    }

    @Override
    public LocalIdentity identity() {
        return identity;
    }

    @Override
    public List<Identity> peersWithHash(int hash) {
        return peers.stream().filter(p -> (p.publicKey().get(0) & 0xFF) == hash).toList();
    }

    /** Texts from the admins are not read, so not acknowledged. */
    @Override
    public boolean onText(PeerMessage message, TextMessageContent text) {
        return false;
    }

    @Override
    public List<ChannelKey> channels() {
        return channels;
    }

    @Override
    public Optional<AdvertAppData> advert() {
        return Optional.of(advert);
    }
}
