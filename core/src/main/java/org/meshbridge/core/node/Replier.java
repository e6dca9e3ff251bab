package org.meshbridge.core.node;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.Payload;
import org.meshbridge.protocol.payload.PlaintextLimits;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextType;

/**
 * Answers datagrams on a local endpoint's behalf, the way the firmware routes replies: ACKs for
 * texts ({@code BaseChatMesh::onPeerDataRecv}, {@code sendAckTo}; room {@code onPeerDataRecv}),
 * RESPONSEs for requests and logins, PATH returns for what came by flood, reciprocal PATHs
 * ({@code Mesh::onRecvPacket}) and their repeats ({@code handleReturnPathRetry}). Flooded replies
 * take the scope {@code chooseReplyScope} picks. Sealing is the protocol library's
 * ({@link org.meshbridge.protocol.payload.PeerLink}). Confined to the scheduler thread.
 */
final class Replier {

    private final Transmitter transmitter;
    private final PeerLinks links;
    private final PathTable paths;
    private final RandomGenerator random;
    private final Optional<RegionKey> defaultScope;
    private final int extraAcks;

    Replier(Transmitter transmitter, PeerLinks links, PathTable paths, RandomGenerator random,
            Optional<RegionKey> defaultScope, int extraAcks) {
        this.transmitter = transmitter;
        this.links = links;
        this.paths = paths;
        this.random = random;
        this.defaultScope = defaultScope;
        this.extraAcks = extraAcks;
    }

    /** ACKs a PLAIN or SIGNED_PLAIN text, or for a CLI_DATA text that came by flood sends a bare PATH return (companion style). */
    void acknowledge(LocalIdentity self, ReplyStyle style, Identity sender, TextMessageContent text, Arrival arrival) {
        if (text.txtTypeCode() == TextType.CLI_DATA.code()) {
            if (style == ReplyStyle.COMPANION && arrival.isFlood()) {
                pathReturn(self, sender, arrival, PathContent.withoutExtra(arrival.path(), randomBytes(4)), NodeConstants.TXT_ACK_DELAY);
            }
            return;
        }
        boolean signed = text.txtTypeCode() == TextType.SIGNED_PLAIN.code();
        AckHash hash = signed ? AckHash.forSignedPlainText(text, self.publicKey()) : AckHash.forPlainText(text, sender.publicKey());
        if (style == ReplyStyle.SERVER) {
            sendAck(sender, AckPayload.of(hash), arrival);
            return;
        }
        AckPayload ack = signed ? AckPayload.of(hash)
                : AckPayload.withAttempt(hash, text.attempt() > 3 ? text.attempt() : 0, random.nextInt(256));
        if (arrival.isFlood()) {
            pathReturn(self, sender, arrival, PathContent.withAck(arrival.path(), ack), NodeConstants.TXT_ACK_DELAY);
        } else {
            sendAck(sender, ack, arrival);
        }
    }

    /** Sends a RESPONSE: inside a PATH return when the request came by flood, else direct along the known path, else flooded. */
    void respond(LocalIdentity self, Identity requester, ResponseContent response, Arrival arrival) {
        if (arrival.isFlood()) {
            pathReturn(self, requester, arrival, PathContent.withResponse(arrival.path(), response),
                    NodeConstants.SERVER_RESPONSE_DELAY);
            return;
        }
        sendRouted(requester, links.between(self, requester).seal(response), arrival, NodeConstants.SERVER_RESPONSE_DELAY);
    }

    /** A PATH that came by flood is answered with the path it took, sent directly along the path it carried. */
    void reciprocalPath(LocalIdentity self, Identity peer, Path learned, Arrival arrival) {
        sendPathDirect(self, peer, learned, arrival, NodeConstants.RECIPROCAL_PATH_DELAY);
    }

    /**
     * {@code handleReturnPathRetry}: the peer still floods to us although we know our path to it,
     * so it probably missed our reciprocal PATH; send it again, direct along {@code known}, in 3 s.
     */
    void returnPathRetry(LocalIdentity self, Identity peer, Path known, Arrival arrival) {
        sendPathDirect(self, peer, known, arrival, NodeConstants.RETURN_PATH_RETRY_DELAY);
    }

    /** The scope of a flooded reply ({@code chooseReplyScope}): the request's region, none for an un-scoped flood, else the default. */
    Optional<RegionKey> replyScope(Arrival arrival) {
        if (arrival.scope().isPresent()) {
            return arrival.scope();
        }
        return arrival.route() == RouteType.FLOOD ? Optional.empty() : defaultScope;
    }

    /** A PATH carrying the path {@code arrival} took, sent direct along {@code along}. */
    private void sendPathDirect(LocalIdentity self, Identity peer, Path along, Arrival arrival, Duration delay) {
        PathContent content = PathContent.withoutExtra(arrival.path(), randomBytes(NodeConstants.PATH_RANDOM_BYTES));
        transmitter.replyTo(peer, links.between(self, peer).seal(content).toDirect(along), TrafficOrigin.LOCAL, delay);
    }

    private void sendAck(Identity to, AckPayload ack, Arrival arrival) {
        Optional<Path> path = paths.get(to);
        if (path.isEmpty()) {
            transmitter.replyTo(to, transmitter.flood(ack, replyScope(arrival)), TrafficOrigin.LOCAL, NodeConstants.TXT_ACK_DELAY);
            return;
        }
        Duration delay = NodeConstants.TXT_ACK_DELAY;
        if (extraAcks > 0) {
            Bytes multi = new MultipartPayload(1, PayloadType.ACK.code(), ack.encode()).encode();
            transmitter.replyTo(to, Packet.direct(PayloadType.MULTIPART, path.get(), multi), TrafficOrigin.LOCAL, delay);
            delay = delay.plus(NodeConstants.MULTI_ACK_SPACING);
        }
        transmitter.replyTo(to, ack.toDirect(path.get()), TrafficOrigin.LOCAL, delay);
    }

    private void sendRouted(Identity to, Payload payload, Arrival arrival, Duration delay) {
        Packet packet = paths.get(to).map(payload::toDirect).orElseGet(() -> transmitter.flood(payload, replyScope(arrival)));
        transmitter.replyTo(to, packet, TrafficOrigin.LOCAL, delay);
    }

    /** {@code createPathReturn}, flooded; skipped like the firmware when path and extra do not fit. */
    private void pathReturn(LocalIdentity self, Identity to, Arrival arrival, PathContent content, Duration delay) {
        if (content.encode().size() > PlaintextLimits.PATH_SEND_BYTES) {
            return;
        }
        transmitter.replyTo(to, transmitter.flood(links.between(self, to).seal(content), replyScope(arrival)), TrafficOrigin.LOCAL,
                delay);
    }

    private Bytes randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Bytes.of(b);
    }
}
