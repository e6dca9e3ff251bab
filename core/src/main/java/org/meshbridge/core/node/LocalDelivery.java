package org.meshbridge.core.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AnonRequestPayload;
import org.meshbridge.protocol.payload.GroupDatagram;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.TextType;

/**
 * Opens datagrams addressed to local endpoints and hands them over (spec §5.2 step 5, firmware
 * {@code Mesh::onRecvPacket}, {@code BaseChatMesh::onPeerDataRecv}, {@code onPeerPathRecv}):
 * every endpoint whose hash matches the destination is tried with every peer it knows whose
 * hash matches the source, until a MAC verifies. Confined to the scheduler thread.
 */
final class LocalDelivery {

    private final EndpointRegistry endpoints;
    private final PeerLinks links;
    private final Replier replier;
    private final PathTable paths;
    private final LastHeard lastHeard;
    private final MessageSender sender;
    private final BiConsumer<Identity, Arrival> verified;

    LocalDelivery(EndpointRegistry endpoints, PeerLinks links, Replier replier, PathTable paths, LastHeard lastHeard,
                  MessageSender sender, BiConsumer<Identity, Arrival> verified) {
        this.verified = verified;
        this.endpoints = endpoints;
        this.links = links;
        this.replier = replier;
        this.paths = paths;
        this.lastHeard = lastHeard;
        this.sender = sender;
    }

    /** @return true if a local endpoint opened it (the packet is then not forwarded) */
    boolean peerDatagram(PeerDatagram datagram, Arrival arrival) {
        for (LocalEndpoint endpoint : endpoints.withHash(datagram.destHash())) {
            for (Identity peer : endpoint.peersWithHash(datagram.srcHash())) {
                Optional<Bytes> plain = links.between(endpoint.identity(), peer).decrypt(datagram);
                if (plain.isPresent()) {
                    lastHeard.heard(peer, arrival.linkId());
                    verified.accept(peer, arrival);
                    return handle(endpoint, peer, datagram.type().orElseThrow(), plain.get(), arrival);
                }
            }
        }
        return false;
    }

    /** @return true if a local endpoint opened it */
    boolean anonRequest(AnonRequestPayload request, Arrival arrival) {
        Identity from = request.sender();
        for (LocalEndpoint endpoint : endpoints.withHash(request.destHash())) {
            Optional<Bytes> plain = request.decrypt(endpoint.identity());
            if (plain.isPresent()) {
                lastHeard.heard(from, arrival.linkId());
                verified.accept(from, arrival);
                PeerMessage message = new PeerMessage(PayloadType.ANON_REQ, endpoint.identity(), from, plain.get(), arrival);
                endpoint.onAnonRequest(message).ifPresent(r -> replier.respond(endpoint.identity(), from, r, arrival));
                return true;
            }
        }
        return false;
    }

    /** Hands a channel datagram to every endpoint that registered a channel whose key opens it. */
    void group(GroupDatagram datagram, Arrival arrival) {
        Map<ChannelKey, Optional<Bytes>> opened = new HashMap<>();
        for (LocalEndpoint endpoint : endpoints.all()) {
            for (ChannelKey channel : endpoint.channels()) {
                if (channel.hash() != datagram.channelHash()) {
                    continue;
                }
                Optional<Bytes> plain = opened.computeIfAbsent(channel, datagram::decrypt);
                if (plain.isPresent()) {
                    endpoint.onGroupMessage(new GroupMessage(datagram.type().orElseThrow(), channel, plain.get(), arrival));
                    break;
                }
            }
        }
    }

    private boolean handle(LocalEndpoint endpoint, Identity peer, PayloadType type, Bytes plain, Arrival arrival) {
        PeerMessage message = new PeerMessage(type, endpoint.identity(), peer, plain, arrival);
        switch (type) {
            case PATH -> {
                return pathReceived(endpoint, peer, plain, arrival);
            }
            case TXT_MSG -> message.text().ifPresent(text -> {
                if (endpoint.onText(message, text) || text.txtTypeCode() == TextType.CLI_DATA.code()) {
                    replier.acknowledge(endpoint.identity(), endpoint.replyStyle(), peer, text, arrival);
                }
            });
            case REQ -> endpoint.onRequest(message).ifPresent(r -> replier.respond(endpoint.identity(), peer, r, arrival));
            case RESPONSE -> {
                endpoint.onResponse(message);
                Optional<Path> known = paths.get(peer);
                if (endpoint.replyStyle() == ReplyStyle.COMPANION && arrival.isFlood() && known.isPresent()) {
                    replier.returnPathRetry(endpoint.identity(), peer, known.get(), arrival);
                }
            }
            default -> throw new IllegalStateException("not a peer datagram: " + type);
        }
        return true;
    }

    /** Stores the path, handles an ACK or RESPONSE extra, and sends a reciprocal PATH if the endpoint is a chat node. */
    private boolean pathReceived(LocalEndpoint endpoint, Identity peer, Bytes plain, Arrival arrival) {
        PathContent content;
        try {
            content = PathContent.decode(plain);
        } catch (MalformedFrameException badPathLen) {
            return false;
        }
        paths.put(peer, content.path());
        endpoint.onPathUpdated(peer, content.path());
        content.ack().ifPresent(ack -> sender.confirm(ack, arrival));
        if (content.extraType().orElse(null) == PayloadType.RESPONSE && !content.extra().isEmpty()) {
            endpoint.onResponse(new PeerMessage(PayloadType.RESPONSE, endpoint.identity(), peer, content.extra(), arrival));
        }
        if (endpoint.replyStyle() == ReplyStyle.COMPANION && arrival.isFlood()) {
            replier.reciprocalPath(endpoint.identity(), peer, content.path(), arrival);
        }
        return true;
    }
}
