package org.meshbridge.core.room;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.node.LocalEndpoint;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.AnonRequestContent;
import org.meshbridge.protocol.payload.ResponseContent;
import org.meshbridge.protocol.payload.RoomLogin;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextType;

/**
 * The room as the node sees it: logins (ANON_REQ, spec §7.3), posts and CLI commands (TXT_MSG,
 * §7.4), requests (REQ, §7.6) and PATHs (§7.7) from clients in its ACL. Posts are ACKed by the
 * room itself, only once the store made them durable. Confined to the scheduler thread.
 */
final class RoomEndpoint implements LocalEndpoint {

    private final RoomContext room;
    private final PushLoop pushes;
    private final RoomReplies replies;
    private final RoomRequests requests;
    private final RoomCli cli;

    RoomEndpoint(RoomContext room, PushLoop pushes, RoomReplies replies, RoomRequests requests, RoomCli cli) {
        this.room = room;
        this.pushes = pushes;
        this.replies = replies;
        this.requests = requests;
        this.cli = cli;
    }

    @Override
    public LocalIdentity identity() {
        return room.identity;
    }

    @Override
    public List<Identity> peersWithHash(int hash) {
        return room.acl.withHash(hash);
    }

    @Override
    public ReplyStyle replyStyle() {
        return ReplyStyle.SERVER;
    }

    /** {@code onAnonDataRecv}: role by password (or by ACL for a blank one), replay check, 13-byte reply; a refusal gets no reply. */
    @Override
    public Optional<ResponseContent> onAnonRequest(PeerMessage message) {
        return loginReply(message).map(RoomEndpoint::response);
    }

    private Optional<Bytes> loginReply(PeerMessage message) {
        RoomLogin login;
        try {
            login = AnonRequestContent.readRoomLogin(message.plaintext());
        } catch (MalformedFrameException malformed) {
            return Optional.empty();
        }
        Identity sender = message.sender();
        Optional<RoomClient> client = login.password().isEmpty() ? room.acl.get(sender.publicKey()) : Optional.empty();
        if (client.isEmpty()) {
            client = admit(sender, login);
            if (client.isEmpty()) {
                return Optional.empty();
            }
        }
        if (message.arrival().isFlood()) {
            room.host.node().paths().forget(sender);
        }
        RoomClient c = client.get();
        int flag = c.role == RoomRole.ADMIN ? RoomConstants.LOGIN_FLAG_ADMIN : c.role == RoomRole.GUEST ? RoomConstants.LOGIN_FLAG_GUEST : 0;
        byte[] random = new byte[4];
        room.host.random().nextBytes(random);
        Bytes reply = new ByteWriter(RoomConstants.LOGIN_REPLY_BYTES).u32(room.clock.next()).u8(RoomConstants.RESP_SERVER_LOGIN_OK)
                .u8(0).u8(flag).u8(c.role.code()).bytes(random).u8(RoomConstants.FIRMWARE_VER_LEVEL).toBytes();
        pushes.poke(RoomConstants.PUSH_NOTIFY_DELAY);
        room.publish(new RoomEvent.ClientLoggedIn(room.name, sender.publicKey(), c.role, c.syncSince, room.host.scheduler().now()));
        return Optional.of(reply);
    }

    private Optional<RoomClient> admit(Identity sender, RoomLogin login) {
        Optional<RoomRole> role = room.settings.roleFor(login.password());
        if (role.isEmpty()) {
            refuse(sender, "wrong password");
            return Optional.empty();
        }
        Optional<RoomClient> client = room.acl.admit(sender, role.get());
        if (client.isEmpty()) {
            refuse(sender, "access list full of admins");
            return Optional.empty();
        }
        RoomClient c = client.get();
        if (login.timestamp() <= c.lastTimestamp) {
            refuse(sender, "replayed login timestamp");
            return Optional.empty();
        }
        c.lastTimestamp = login.timestamp();
        c.setSyncSince(login.syncSince());
        c.pushing = false;
        c.generation++;
        c.heard(room.clock.now());
        c.role = role.get();
        room.acl.save(c);
        return client;
    }

    private void refuse(Identity sender, String reason) {
        room.publish(new RoomEvent.LoginRefused(room.name, sender.publicKey(), reason, room.host.scheduler().now()));
    }

    /** Posts and CLI commands; returns false because the room sends its ACKs itself, after the store. */
    @Override
    public boolean onText(PeerMessage message, TextMessageContent text) {
        Optional<RoomClient> found = room.acl.get(message.sender().publicKey());
        boolean plain = text.txtTypeCode() == TextType.PLAIN.code();
        if (found.isEmpty() || !plain && text.txtTypeCode() != TextType.CLI_DATA.code()
                || text.timestamp() < found.get().lastTimestamp) {
            return false;
        }
        RoomClient client = found.get();
        boolean retry = text.timestamp() == client.lastTimestamp;
        client.lastTimestamp = text.timestamp();
        client.heard(room.clock.now());
        room.acl.save(client);
        pushes.wake();
        if (!plain) {
            if (client.role == RoomRole.ADMIN && !retry) {
                String reply = cli.handle(text.textString());
                if (!reply.isEmpty()) {
                    replies.cliReply(client.identity, text.timestamp(), reply, RoomConstants.SERVER_RESPONSE_DELAY);
                }
            }
            return false;
        }
        if (client.role.canPost()) {
            CompletionStage<Post> stored = retry && client.lastPostTimestamp == text.timestamp() ? retried(client, text)
                    : store(client, text);
            AckPayload ack = AckPayload.of(AckHash.forPlainText(text, client.identity.publicKey()));
            stored.thenRun(() -> replies.ack(client.identity, ack, message.arrival(), RoomConstants.TXT_ACK_DELAY));
        }
        return false;
    }

    /** A retry of the last post: ACK once its store completes; if that failed, store it again. */
    private CompletionStage<Post> retried(RoomClient client, TextMessageContent text) {
        CompletableFuture<Post> last = client.lastPost.toCompletableFuture();
        if (last.isCompletedExceptionally()) {
            return store(client, text);
        }
        return last;
    }

    private CompletionStage<Post> store(RoomClient client, TextMessageContent text) {
        client.lastPostTimestamp = text.timestamp();
        String name = room.host.node().contacts().get(client.identity).map(c -> c.name())
                .orElse(client.identity.publicKey().prefix(RoomConstants.AUTHOR_PREFIX_BYTES).hex());
        client.lastPost = room.store(Optional.of(client.identity.publicKey()), name, PostOrigin.RF, text.textString());
        return client.lastPost;
    }

    /** {@code onPeerPathRecv}: the node stored the path and matched any ACK in it; the client was active. */
    @Override
    public void onPathUpdated(Identity peer, Path path) {
        room.acl.get(peer.publicKey()).ifPresent(c -> c.lastActivity = room.clock.now());
    }

    @Override
    public Optional<ResponseContent> onRequest(PeerMessage message) {
        return room.acl.get(message.sender().publicKey()).flatMap(c -> requests.onRequest(c, message)).map(RoomEndpoint::response);
    }

    /** The node sends typed responses; the room builds {@code tag(4) | body} itself, always at least the tag. */
    private static ResponseContent response(Bytes plaintext) {
        try {
            return ResponseContent.decode(plaintext);
        } catch (MalformedFrameException e) {
            throw new IllegalStateException("the room built a response without its 4-byte tag", e);
        }
    }
}
