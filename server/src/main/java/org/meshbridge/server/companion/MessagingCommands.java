package org.meshbridge.server.companion;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.meshbridge.core.companion.ChannelSlot;
import org.meshbridge.core.companion.CompanionException;
import org.meshbridge.core.companion.CompanionSession;
import org.meshbridge.core.companion.InboxMessage;
import org.meshbridge.core.companion.LoginResult;
import org.meshbridge.core.companion.OutgoingText;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.ChannelInfo;
import org.meshbridge.protocol.companion.ChannelMessage;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.ContactMessage;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.ErrorCode;
import org.meshbridge.protocol.companion.GetChannel;
import org.meshbridge.protocol.companion.LoginFail;
import org.meshbridge.protocol.companion.LoginSuccess;
import org.meshbridge.protocol.companion.Logout;
import org.meshbridge.protocol.companion.MessageFrames;
import org.meshbridge.protocol.companion.NoMoreMessages;
import org.meshbridge.protocol.companion.Ok;
import org.meshbridge.protocol.companion.SendChannelTxtMsg;
import org.meshbridge.protocol.companion.SendConfirmed;
import org.meshbridge.protocol.companion.SendLogin;
import org.meshbridge.protocol.companion.SendStatusReq;
import org.meshbridge.protocol.companion.SendTelemetryReq;
import org.meshbridge.protocol.companion.SendTracePath;
import org.meshbridge.protocol.companion.SendTxtMsg;
import org.meshbridge.protocol.companion.Sent;
import org.meshbridge.protocol.companion.SetChannel;
import org.meshbridge.protocol.companion.StatusResponse;
import org.meshbridge.protocol.companion.SyncNextMessage;
import org.meshbridge.protocol.companion.TelemetryResponse;
import org.meshbridge.protocol.companion.TraceData;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * The messaging commands of one connection: SyncNextMessage from the session's own queue, direct and
 * channel texts (RESP_SENT, then PUSH_SEND_CONFIRMED on the ACK), channel slots, logins, status,
 * telemetry and trace requests (RESP_SENT, then their push). Answers go to the connection that asked.
 * Confined to the scheduler thread.
 */
final class MessagingCommands {

    private static final int PREFIX_BYTES = 6;
    private static final int CHANNEL_SECRET_BYTES = 16;
    private static final long REQUEST_TIMEOUT_MS = 12_000;
    private static final int RESERVED_FW_LEVEL = 1;

    private final VirtualCompanion companion;
    private final Consumer<CompanionReply> out;

    MessagingCommands(VirtualCompanion companion, Consumer<CompanionReply> out) {
        this.companion = companion;
        this.out = out;
    }

    /** @return false if {@code command} is not a messaging command */
    boolean handle(CompanionCommand command, CompanionSession session, int appTargetVer) {
        try {
            if (command instanceof SyncNextMessage) {
                out.accept(session.next().map(m -> frame(m, appTargetVer)).orElseGet(NoMoreMessages::new));
            } else if (command instanceof SendTxtMsg m) {
                sendText(m);
            } else if (command instanceof SendChannelTxtMsg m) {
                companion.sendChannelText(m.channelIdx(), m.timestamp(), FrameText.cString(m.text()));
                out.accept(new Ok());
            } else if (command instanceof GetChannel g) {
                getChannel(g.channelIdx());
            } else if (command instanceof SetChannel s) {
                setChannel(s);
            } else if (command instanceof SendLogin l) {
                login(l);
            } else if (command instanceof Logout l) {
                companion.logout(l.publicKey());
                out.accept(new Ok());
            } else if (command instanceof SendStatusReq r) {
                request(r.publicKey(), companion.requestStatus(r.publicKey()),
                        b -> new StatusResponse(0, r.publicKey().prefix(PREFIX_BYTES), b));
            } else if (command instanceof SendTelemetryReq r && r.publicKey().isPresent()) {
                Bytes key = r.publicKey().get();
                request(key, companion.requestTelemetry(key), b -> new TelemetryResponse(0, key.prefix(PREFIX_BYTES), b));
            } else if (command instanceof SendTracePath t) {
                companion.trace(t.tag(), t.authCode(), t.flags(), t.pathHashes()).thenAccept(r -> out.accept(
                        new TraceData(r.flags(), r.tag(), r.authCode(), r.hopHashes(), r.snrs(), r.finalSnrQuarterDb())));
                out.accept(new Sent(0, tagBytes(t.tag()), REQUEST_TIMEOUT_MS));
            } else {
                return false;
            }
        } catch (CompanionException e) {
            out.accept(CompanionConnection.error(e));
        }
        return true;
    }

    private void sendText(SendTxtMsg m) throws CompanionException {
        OutgoingText sent = companion.sendText(m.publicKeyPrefix(), m.txtType(), m.attempt(), m.timestamp(),
                FrameText.cString(m.text()));
        out.accept(new Sent(sent.flood() ? 1 : 0, sent.expectedAck(), sent.estimatedTimeout().toMillis()));
        sent.delivery().thenAccept(d -> {
            if (d instanceof Delivery.Delivered ok) {
                out.accept(new SendConfirmed(sent.expectedAck(), ok.roundTrip().toMillis() & 0xFFFFFFFFL));
            }
        });
        sent.deliveredLate().thenAccept(late ->
                out.accept(new SendConfirmed(sent.expectedAck(), late.roundTrip().toMillis() & 0xFFFFFFFFL)));
    }

    private void getChannel(int index) {
        if (index < 0 || index >= DeviceReplies.MAX_CHANNELS) {
            out.accept(new Err(ErrorCode.NOT_FOUND.code()));
            return;
        }
        Optional<ChannelSlot> slot = companion.channel(index);
        Bytes name = FrameText.padded(slot.map(ChannelSlot::name).orElse(""), FrameText.NAME_SIZE);
        Bytes secret = slot.map(s -> s.key().secret()).filter(s -> s.size() == CHANNEL_SECRET_BYTES)
                .orElse(Bytes.of(new byte[CHANNEL_SECRET_BYTES]));
        out.accept(new ChannelInfo(index, name, secret));
    }

    private void setChannel(SetChannel s) throws CompanionException {
        if (s.secret().size() != CHANNEL_SECRET_BYTES) {
            out.accept(new Err(ErrorCode.UNSUPPORTED_CMD.code()));
            return;
        }
        companion.setChannel(s.channelIdx(), FrameText.cString(s.name()), ChannelKey.ofSecret(s.secret()));
        out.accept(new Ok());
    }

    private void login(SendLogin l) throws CompanionException {
        CompletionStage<LoginResult> result = companion.login(l.publicKey(), FrameText.cString(l.password()));
        out.accept(new Sent(0, l.publicKey().prefix(4), REQUEST_TIMEOUT_MS));
        result.thenAccept(r -> out.accept(r.success()
                ? new LoginSuccess(r.admin() ? 1 : 0, r.server().prefix(PREFIX_BYTES), r.serverTimestamp() & 0xFFFFFFFFL,
                        r.aclPermissions(), RESERVED_FW_LEVEL)
                : new LoginFail(0, r.server().prefix(PREFIX_BYTES))));
    }

    private void request(Bytes key, CompletionStage<Bytes> answer, Function<Bytes, CompanionReply> push) {
        out.accept(new Sent(0, key.prefix(4), REQUEST_TIMEOUT_MS));
        answer.thenAccept(b -> out.accept(push.apply(b)));
    }

    private static CompanionReply frame(InboxMessage message, int appTargetVer) {
        int snr = message.signal().map(s -> s.snrQuarterDb()).orElse(0);
        if (message instanceof InboxMessage.Direct d) {
            ContactMessage m = new ContactMessage(d.sender().prefix(PREFIX_BYTES), d.pathLen(), d.txtType(),
                    d.senderTimestamp() & 0xFFFFFFFFL, d.authorPrefix().orElse(Bytes.EMPTY), Bytes.utf8(d.text()));
            return MessageFrames.contactMessage(appTargetVer, snr, m);
        }
        InboxMessage.Channel c = (InboxMessage.Channel) message;
        return MessageFrames.channelMessage(appTargetVer, snr,
                ChannelMessage.of(c.channelIdx(), c.pathLen(), c.senderTimestamp() & 0xFFFFFFFFL, c.text()));
    }

    private static Bytes tagBytes(long tag) {
        return Bytes.of(new byte[] {(byte) tag, (byte) (tag >> 8), (byte) (tag >> 16), (byte) (tag >> 24)});
    }
}
