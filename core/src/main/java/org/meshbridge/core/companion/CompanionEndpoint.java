package org.meshbridge.core.companion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.node.GroupMessage;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.GroupTextContent;
import org.meshbridge.protocol.payload.NodeType;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A virtual companion as the node sees it (firmware {@code BaseChatMesh}): texts from contacts go
 * to the inbox and are ACKed, responses to its requests are matched, channel texts on its slots go
 * to the inbox, and it advertises as a chat node when asked. Confined to the scheduler thread.
 */
final class CompanionEndpoint implements LocalEndpoint {

    private final VirtualCompanion companion;

    CompanionEndpoint(VirtualCompanion companion) {
        this.companion = companion;
    }

    @Override
    public LocalIdentity identity() {
        return companion.identity();
    }

    /** Nodes heard, plus servers it sent requests to (their replies must open even if never heard advertising). */
    @Override
    public List<Identity> peersWithHash(int hash) {
        List<Identity> peers = new ArrayList<>(companion.host().node().contacts().withHash(hash));
        for (Identity extra : companion.requests().peers()) {
            if (extra.hash() == hash && !peers.contains(extra)) {
                peers.add(extra);
            }
        }
        return peers;
    }

    @Override
    public boolean onText(PeerMessage message, TextMessageContent text) {
        int pathLen = message.arrival().isFlood() ? message.arrival().path().pathLenByte() : InboxMessage.DIRECT;
        companion.deliver(new InboxMessage.Direct(message.sender().publicKey(), pathLen, text.txtTypeCode(), text.timestamp(),
                text.authorPrefix(), text.textString(), message.arrival().signal()));
        return true;
    }

    @Override
    public void onResponse(PeerMessage message) {
        companion.requests().onResponse(message.sender(), message.plaintext());
    }

    @Override
    public List<ChannelKey> channels() {
        return companion.slots().keys();
    }

    @Override
    public void onGroupMessage(GroupMessage message) {
        if (message.type() != PayloadType.GRP_TXT) {
            return;
        }
        GroupTextContent text;
        try {
            text = GroupTextContent.decode(message.plaintext());
        } catch (MalformedFrameException malformed) {
            return;
        }
        int pathLen = message.arrival().isFlood() ? message.arrival().path().pathLenByte() : InboxMessage.DIRECT;
        for (int index : companion.slots().indexesOf(message.channel())) {
            companion.deliver(new InboxMessage.Channel(index, pathLen, text.timestamp(), text.textString(),
                    message.arrival().signal()));
        }
    }

    @Override
    public Optional<AdvertAppData> advert() {
        return Optional.of(AdvertAppData.of(NodeType.CHAT, companion.name(), Optional.empty()));
    }

    /** Like a companion radio: it adverts when its app asks ({@code CMD_SEND_SELF_ADVERT}), not on a timer. */
    @Override
    public boolean advertsOnSchedule() {
        return false;
    }
}
