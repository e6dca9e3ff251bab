package org.meshbridge.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * A working {@link LocalEndpoint} for tests and simulations: it knows the peers it is given,
 * ACKs every text, answers requests and anonymous requests with what it is told, and records
 * everything it receives. Use it from the scheduler thread, like the node.
 */
public final class FakeEndpoint implements LocalEndpoint {

    private final LocalIdentity identity;
    private final ReplyStyle style;
    private final List<Identity> peers = new ArrayList<>();
    private final List<ChannelKey> channels = new ArrayList<>();
    private final List<PeerMessage> texts = new ArrayList<>();
    private final List<PeerMessage> requests = new ArrayList<>();
    private final List<PeerMessage> responses = new ArrayList<>();
    private final List<PeerMessage> anonRequests = new ArrayList<>();
    private final List<GroupMessage> groupMessages = new ArrayList<>();
    private final List<Contact> adverts = new ArrayList<>();
    private final List<Path> pathUpdates = new ArrayList<>();
    private Optional<AdvertAppData> advert = Optional.empty();
    private Function<PeerMessage, Optional<ResponseContent>> requestHandler = m -> Optional.empty();
    private Function<PeerMessage, Optional<ResponseContent>> anonHandler = m -> Optional.empty();
    private boolean ackTexts = true;

    public FakeEndpoint(LocalIdentity identity, ReplyStyle style) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Adds peers this endpoint knows (its contacts or ACL). */
    public FakeEndpoint knowing(Identity... known) {
        peers.addAll(List.of(known));
        return this;
    }

    public FakeEndpoint onChannel(ChannelKey channel) {
        channels.add(channel);
        return this;
    }

    public FakeEndpoint advertising(AdvertAppData appData) {
        advert = Optional.of(appData);
        return this;
    }

    public FakeEndpoint answeringRequests(Function<PeerMessage, Optional<ResponseContent>> handler) {
        requestHandler = handler;
        return this;
    }

    public FakeEndpoint answeringAnonRequests(Function<PeerMessage, Optional<ResponseContent>> handler) {
        anonHandler = handler;
        return this;
    }

    /** Whether texts are ACKed (true unless changed). */
    public FakeEndpoint ackingTexts(boolean ack) {
        ackTexts = ack;
        return this;
    }

    @Override
    public LocalIdentity identity() {
        return identity;
    }

    @Override
    public List<Identity> peersWithHash(int hash) {
        return peers.stream().filter(p -> p.hash() == hash).toList();
    }

    @Override
    public ReplyStyle replyStyle() {
        return style;
    }

    @Override
    public boolean onText(PeerMessage message, TextMessageContent text) {
        texts.add(message);
        return ackTexts;
    }

    @Override
    public Optional<ResponseContent> onRequest(PeerMessage message) {
        requests.add(message);
        return requestHandler.apply(message);
    }

    @Override
    public void onResponse(PeerMessage message) {
        responses.add(message);
    }

    @Override
    public Optional<ResponseContent> onAnonRequest(PeerMessage message) {
        anonRequests.add(message);
        return anonHandler.apply(message);
    }

    @Override
    public void onPathUpdated(Identity peer, Path path) {
        pathUpdates.add(path);
    }

    @Override
    public List<ChannelKey> channels() {
        return List.copyOf(channels);
    }

    @Override
    public void onGroupMessage(GroupMessage message) {
        groupMessages.add(message);
    }

    @Override
    public void onAdvert(Contact contact) {
        adverts.add(contact);
    }

    @Override
    public Optional<AdvertAppData> advert() {
        return advert;
    }

    public List<PeerMessage> texts() {
        return List.copyOf(texts);
    }

    public List<PeerMessage> requests() {
        return List.copyOf(requests);
    }

    public List<PeerMessage> responses() {
        return List.copyOf(responses);
    }

    public List<PeerMessage> anonRequests() {
        return List.copyOf(anonRequests);
    }

    public List<GroupMessage> groupMessages() {
        return List.copyOf(groupMessages);
    }

    public List<Contact> adverts() {
        return List.copyOf(adverts);
    }

    public List<Path> pathUpdates() {
        return List.copyOf(pathUpdates);
    }
}
