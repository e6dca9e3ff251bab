package org.meshbridge.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.node.GroupMessage;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A local endpoint the benchmark node hosts: a room-like server, an internet user or the bridge.
 * It does what a real one's callbacks would cost at least (count, keep nothing) and, when replies
 * are on, asks the node to ACK texts and answer requests and logins, as a room server does.
 */
final class BenchEndpoint implements LocalEndpoint {

    /** The RESPONSE for requests and logins: a tag and a few bytes of body. */
    private static final ResponseContent RESPONSE = new ResponseContent(0x0403_0201L, Bytes.fromHex("00112233"));

    private final LocalIdentity identity;
    private final ReplyStyle style;
    private final List<ChannelKey> channels;
    private final List<List<Identity>> peersByHash = new ArrayList<>(256);
    private boolean replies = true;
    private long delivered;

    BenchEndpoint(LocalIdentity identity, ReplyStyle style, List<Identity> peers, List<ChannelKey> channels) {
        this.identity = identity;
        this.style = style;
        this.channels = List.copyOf(channels);
        for (int hash = 0; hash < 256; hash++) {
            peersByHash.add(new ArrayList<>(1));
        }
        peers.forEach(p -> peersByHash.get(p.hash()).add(p));
    }

    /** With false, texts are not ACKed and requests and logins not answered (the node sends nothing). */
    void replies(boolean value) {
        this.replies = value;
    }

    /** Datagrams, paths and channel messages handed to this endpoint so far. */
    long delivered() {
        return delivered;
    }

    @Override
    public LocalIdentity identity() {
        return identity;
    }

    @Override
    public List<Identity> peersWithHash(int hash) {
        return peersByHash.get(hash);
    }

    @Override
    public ReplyStyle replyStyle() {
        return style;
    }

    @Override
    public boolean onText(PeerMessage message, TextMessageContent text) {
        delivered++;
        return replies;
    }

    @Override
    public Optional<ResponseContent> onRequest(PeerMessage message) {
        delivered++;
        return replies ? Optional.of(RESPONSE) : Optional.empty();
    }

    @Override
    public void onResponse(PeerMessage message) {
        delivered++;
    }

    @Override
    public Optional<ResponseContent> onAnonRequest(PeerMessage message) {
        delivered++;
        return replies ? Optional.of(RESPONSE) : Optional.empty();
    }

    @Override
    public void onPathUpdated(Identity peer, Path path) {
        delivered++;
    }

    @Override
    public List<ChannelKey> channels() {
        return channels;
    }

    @Override
    public void onGroupMessage(GroupMessage message) {
        delivered++;
    }
}
