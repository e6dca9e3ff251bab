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
import org.meshbridge.protocol.payload.MultipartPayload;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PlaintextLimits;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextType;

/**
 * Answers datagrams on a local endpoint's behalf, the way the firmware routes replies: ACKs for
 * texts ({@code BaseChatMesh::onPeerDataRecv}, {@code sendAckTo}; room {@code onPeerDataRecv}),
 * RESPONSEs for requests and logins, PATH returns for what came by flood, reciprocal PATHs
 * ({@code Mesh::onRecvPacket}). Flooded replies take the scope {@code chooseReplyScope} picks.
 * Confined to the scheduler thread.
 */
final class Replier {

    private final Transmitter transmitter;
    private final Sealing sealing;
    private final PathTable paths;
    private final RandomGenerator random;
    private final Optional<RegionKey> defaultScope;
    private final int extraAcks;

    Replier(Transmitter transmitter, Sealing sealing, PathTable paths, RandomGenerator random,
            Optional<RegionKey> defaultScope, int extraAcks) {
        this.transmitter = transmitter;
        this.sealing = sealing;
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
            sendAck(sender, hash.value(), arrival);
            return;
        }
        Bytes ack = signed ? hash.value() : hash.value().concat(Bytes.of((byte) (text.attempt() > 3 ? text.attempt() : 0),
                (byte) random.nextInt(256)));
        if (arrival.isFlood()) {
            pathReturn(self, sender, arrival, new PathContent(arrival.path(), PayloadType.ACK.code(), ack), NodeConstants.TXT_ACK_DELAY);
        } else {
            sendAck(sender, ack, arrival);
        }
    }

    /** Sends a RESPONSE: inside a PATH return when the request came by flood, else direct along the known path, else flooded. */
    void respond(LocalIdentity self, Identity requester, Bytes response, Arrival arrival) {
        if (arrival.isFlood()) {
            pathReturn(self, requester, arrival, new PathContent(arrival.path(), PayloadType.RESPONSE.code(), response),
                    NodeConstants.SERVER_RESPONSE_DELAY);
            return;
        }
        Bytes payload = sealing.peerDatagram(PayloadType.RESPONSE, self, requester, response);
        sendRouted(PayloadType.RESPONSE, requester, payload, arrival, NodeConstants.SERVER_RESPONSE_DELAY);
    }

    /** A PATH that came by flood is answered with the path it took, sent directly along the path it carried. */
    void reciprocalPath(LocalIdentity self, Identity peer, Path learned, Arrival arrival) {
        PathContent content = PathContent.withoutExtra(arrival.path(), randomBytes(NodeConstants.PATH_RANDOM_BYTES));
        Bytes payload = sealing.peerDatagram(PayloadType.PATH, self, peer, content.encode());
        transmitter.send(Packet.direct(PayloadType.PATH, learned, payload), TrafficOrigin.LOCAL, NodeConstants.RECIPROCAL_PATH_DELAY);
    }

    /** The scope of a flooded reply ({@code chooseReplyScope}): the request's region, none for an un-scoped flood, else the default. */
    Optional<RegionKey> replyScope(Arrival arrival) {
        if (arrival.scope().isPresent()) {
            return arrival.scope();
        }
        return arrival.route() == RouteType.FLOOD ? Optional.empty() : defaultScope;
    }

    private void sendAck(Identity to, Bytes ack, Arrival arrival) {
        Optional<Path> path = paths.get(to);
        if (path.isEmpty()) {
            transmitter.send(transmitter.flood(PayloadType.ACK, ack, replyScope(arrival)), TrafficOrigin.LOCAL,
                    NodeConstants.TXT_ACK_DELAY);
            return;
        }
        Duration delay = NodeConstants.TXT_ACK_DELAY;
        if (extraAcks > 0) {
            Bytes multi = new MultipartPayload(1, PayloadType.ACK.code(), ack).encode();
            transmitter.send(Packet.direct(PayloadType.MULTIPART, path.get(), multi), TrafficOrigin.LOCAL, delay);
            delay = delay.plus(NodeConstants.MULTI_ACK_SPACING);
        }
        transmitter.send(Packet.direct(PayloadType.ACK, path.get(), ack), TrafficOrigin.LOCAL, delay);
    }

    private void sendRouted(PayloadType type, Identity to, Bytes payload, Arrival arrival, Duration delay) {
        Packet packet = paths.get(to).map(p -> Packet.direct(type, p, payload))
                .orElseGet(() -> transmitter.flood(type, payload, replyScope(arrival)));
        transmitter.send(packet, TrafficOrigin.LOCAL, delay);
    }

    /** {@code createPathReturn}, flooded; skipped like the firmware when path and extra do not fit. */
    private void pathReturn(LocalIdentity self, Identity to, Arrival arrival, PathContent content, Duration delay) {
        if (content.encode().size() > PlaintextLimits.PATH_SEND_BYTES) {
            return;
        }
        Bytes payload = sealing.peerDatagram(PayloadType.PATH, self, to, content.encode());
        transmitter.send(transmitter.flood(PayloadType.PATH, payload, replyScope(arrival)), TrafficOrigin.LOCAL, delay);
    }

    private Bytes randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return Bytes.of(b);
    }
}
