package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.PathContent;
import org.meshbridge.protocol.payload.PathPayload;
import org.meshbridge.protocol.payload.PeerDatagram;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextType;

/**
 * The receiving half of a {@link SimCompanion}: what {@code BaseChatMesh::onPeerDataRecv},
 * {@code onContactPathRecv} and the companion's {@code onContactResponse} do with a datagram a
 * contact's key opened.
 */
final class ChatReceiver {

    private final SimCompanion node;
    private final List<DirectMessage> directMessages = new ArrayList<>();
    private final List<RoomPost> roomPosts = new ArrayList<>();
    private final List<LoginResult> logins = new ArrayList<>();
    private ContactEntry pendingLogin;

    ChatReceiver(SimCompanion node) {
        this.node = node;
    }

    List<DirectMessage> directMessages() {
        return List.copyOf(directMessages);
    }

    List<RoomPost> roomPosts() {
        return List.copyOf(roomPosts);
    }

    List<LoginResult> logins() {
        return List.copyOf(logins);
    }

    /** The next RESPONSE from {@code room} is the answer to a login ({@code pending_login}). */
    void expectLogin(ContactEntry room) {
        pendingLogin = room;
    }

    void onPeerData(Packet packet, PeerDatagram datagram, ContactEntry from, Bytes plaintext) {
        try {
            if (packet.is(PayloadType.PATH)) {
                onPath(packet, from, PathContent.decode(plaintext));
            } else if (packet.is(PayloadType.TXT_MSG) && plaintext.size() > 5) {
                onText(packet, from, TextMessageContent.decode(plaintext));
            } else if (packet.is(PayloadType.RESPONSE)) {
                onResponse(from, ResponseContent.decode(plaintext));
                if (packet.route().isFlood() && from.outPath.isPresent()) {
                    returnPathRetry(from, packet.path());
                }
            }
        } catch (MalformedFrameException malformed) {
            // the firmware reads what it can and drops the rest; nothing to answer
        }
    }

    /** {@code handleReturnPathRetry}: the peer still floods to us, so send our path to it again, direct, in 3 s. */
    void returnPathRetry(ContactEntry contact, Path inPath) {
        contact.outPath.ifPresent(path -> node.sendDirect(pathReturn(contact, inPath, Optional.empty()), path,
                SimConstants.RETURN_PATH_RETRY_DELAY));
    }

    /** {@code onContactPathRecv}: store the path, take the extra, and answer a flooded PATH with ours, direct. */
    private void onPath(Packet packet, ContactEntry from, PathContent content) {
        from.outPath = Optional.of(content.path());
        content.ack().ifPresent(node::confirm);
        content.response().ifPresent(response -> onResponse(from, response));
        if (packet.route().isFlood()) {
            node.sendDirect(pathReturn(from, packet.path(), Optional.empty()), content.path(),
                    SimConstants.RECIPROCAL_PATH_DELAY);
        }
    }

    private void onText(Packet packet, ContactEntry from, TextMessageContent message) {
        Optional<Path> floodPath = packet.route().isFlood() ? Optional.of(packet.path()) : Optional.empty();
        AckPayload ack;
        if (message.txtTypeCode() == TextType.PLAIN.code()) {
            directMessages.add(new DirectMessage(from.name, message.textString(), message.timestamp(), message.txtTypeCode(),
                    message.attempt(), floodPath, node.scheduler().now()));
            AckHash hash = AckHash.forPlainText(message, from.identity.publicKey());
            ack = AckPayload.withAttempt(hash, message.attempt() > 3 ? message.attempt() : 0, node.random().nextInt(256));
        } else if (message.txtTypeCode() == TextType.SIGNED_PLAIN.code()) {
            from.syncSince = Math.max(from.syncSince, message.timestamp());
            roomPosts.add(new RoomPost(from.name, message.authorPrefix().orElseThrow(), message.textString(),
                    message.timestamp(), node.scheduler().now()));
            ack = AckPayload.of(AckHash.forSignedPlainText(message, node.identity().publicKey()));
        } else if (message.txtTypeCode() == TextType.CLI_DATA.code()) {
            directMessages.add(new DirectMessage(from.name, message.textString(), message.timestamp(), message.txtTypeCode(),
                    message.attempt(), floodPath, node.scheduler().now()));
            if (floodPath.isPresent()) {
                node.sendFlood(pathReturn(from, packet.path(), Optional.empty()), Duration.ZERO);
            }
            return;
        } else {
            return;
        }
        if (floodPath.isPresent()) {
            node.sendFlood(pathReturn(from, packet.path(), Optional.of(ack)), SimConstants.TXT_ACK_DELAY);
        } else if (from.outPath.isEmpty()) {
            node.sendFlood(ack, SimConstants.TXT_ACK_DELAY);
        } else {
            node.sendDirect(ack, from.outPath.get(), SimConstants.TXT_ACK_DELAY);
        }
    }

    /** The companion's {@code onContactResponse}: only login answers matter here. */
    private void onResponse(ContactEntry from, ResponseContent response) {
        if (pendingLogin != from) {
            return;
        }
        pendingLogin = null;
        Bytes body = response.body();
        boolean legacyOk = body.size() >= 2 && body.get(0) == 'O' && body.get(1) == 'K';
        if (legacyOk) {
            logins.add(new LoginResult(from.name, true, response.tag(), 0, 0, 0));
        } else if (body.size() >= 9 && body.get(0) == SimConstants.RESP_SERVER_LOGIN_OK) {
            logins.add(new LoginResult(from.name, true, response.tag(), body.get(2), body.get(3), body.get(8)));
        } else {
            logins.add(new LoginResult(from.name, false, response.tag(), 0, 0, 0));
        }
    }

    /** {@code Mesh::createPathReturn}: a PATH to {@code to} carrying {@code path} and, optionally, an ACK. */
    private PathPayload pathReturn(ContactEntry to, Path path, Optional<AckPayload> ack) {
        PathContent content = ack.isPresent() ? PathContent.withAck(path, ack.get())
                : PathContent.withoutExtra(path, randomBytes(4));
        return to.link.seal(content);
    }

    private Bytes randomBytes(int count) {
        byte[] b = new byte[count];
        node.random().nextBytes(b);
        return Bytes.of(b);
    }
}
