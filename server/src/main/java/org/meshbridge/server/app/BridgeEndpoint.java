package org.meshbridge.server.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;

/**
 * The bridge itself as a local endpoint: it advertises under the node's name and listens on its
 * channels (so group texts heard are opened in the packet log). It knows no peers yet, so it
 * opens no direct messages and ACKs nothing addressed to it: rooms and users come with later
 * services.
 */
final class BridgeEndpoint implements LocalEndpoint {

    private final LocalIdentity identity;
    private final AdvertAppData advert;
    private final List<ChannelKey> channels;

    BridgeEndpoint(LocalIdentity identity, String name, List<ChannelKey> channels) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.advert = AdvertAppData.of(NodeType.CHAT, name, Optional.empty());
        this.channels = List.copyOf(channels);
    }

    @Override
    public LocalIdentity identity() {
        return identity;
    }

    @Override
    public List<Identity> peersWithHash(int hash) {
        return List.of();
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
