package org.meshbridge.core.room;

import java.util.Optional;
import java.util.OptionalLong;
import org.meshbridge.core.node.PeerMessage;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.RequestContent;
import org.meshbridge.protocol.payload.RequestType;
import org.meshbridge.protocol.payload.ResponseContent;

/**
 * REQs from logged-in clients (firmware room {@code onPeerDataRecv} for REQ and
 * {@code handleRequest}, spec §7.6): replay check, then KEEP_ALIVE (direct only, answered with a
 * 5-byte ACK carrying the unsynced count), GET_STATUS ({@link ServerStats}), GET_TELEMETRY_DATA
 * (CayenneLPP: the supply voltage on channel 1, which meshbridge reports as 0.00 V) and
 * GET_ACCESS_LIST (admins only: the admin entries). Every answer echoes the request's tag.
 * The node sends it (a PATH return when the request was flooded). Confined to the scheduler thread.
 */
final class RoomRequests {

    private final RoomContext room;
    private final PushLoop pushes;
    private final RoomReplies replies;
    private final RadioCounters radio;

    RoomRequests(RoomContext room, PushLoop pushes, RoomReplies replies, RadioCounters radio) {
        this.room = room;
        this.pushes = pushes;
        this.replies = replies;
        this.radio = radio;
    }

    Optional<Bytes> onRequest(RoomClient client, PeerMessage message) {
        RequestContent request;
        try {
            request = RequestContent.decode(message.plaintext());
        } catch (MalformedFrameException malformed) {
            return Optional.empty();
        }
        if (request.tag() < client.lastTimestamp) {
            return Optional.empty();
        }
        client.lastTimestamp = request.tag();
        client.heard(room.clock.now());
        room.acl.save(client);
        pushes.wake();
        int type = request.requestTypeCode();
        if (type == RequestType.KEEP_ALIVE.code() && !message.arrival().isFlood()) {
            keepAlive(client, request);
            return Optional.empty();
        }
        return body(client, request).map(b -> new ResponseContent(request.tag(), b).encode());
    }

    private Optional<Bytes> body(RoomClient client, RequestContent request) {
        int type = request.requestTypeCode();
        if (type == RequestType.GET_STATUS.code()) {
            return Optional.of(radio.snapshot(room).encode());
        }
        if (type == RequestType.GET_TELEMETRY_DATA.code()) {
            return Optional.of(new ByteWriter(4).u8(RoomConstants.TELEM_CHANNEL_SELF).u8(RoomConstants.LPP_VOLTAGE)
                    .u8(0).u8(0).toBytes());
        }
        Bytes body = request.body();
        if (type == RequestType.GET_ACCESS_LIST.code() && client.role == RoomRole.ADMIN
                && body.size() >= 3 && body.get(1) == 0 && body.get(2) == 0) {
            return Optional.of(accessList());
        }
        return Optional.empty();
    }

    /** {@code pubkey[0..6) ‖ permissions} for every admin, as many as fit. */
    private Bytes accessList() {
        ByteWriter w = new ByteWriter(RoomConstants.ACCESS_LIST_MAX_BYTES);
        int used = 4;
        for (RoomClient c : room.acl.all()) {
            if (used + RoomConstants.ACCESS_LIST_KEY_PREFIX + 1 > RoomConstants.ACCESS_LIST_MAX_BYTES) {
                break;
            }
            if (c.role == RoomRole.ADMIN) {
                w.bytes(c.identity.publicKey().prefix(RoomConstants.ACCESS_LIST_KEY_PREFIX)).u8(c.role.code());
                used += RoomConstants.ACCESS_LIST_KEY_PREFIX + 1;
            }
        }
        return w.toBytes();
    }

    /** A non-zero {@code sync_since} in it moves the cursor; any awaited push ACK is forgotten ({@code pending_ack = 0}). */
    private void keepAlive(RoomClient client, RequestContent request) {
        OptionalLong forceSince = request.keepAliveSyncSince();
        if (forceSince.isPresent() && forceSince.getAsLong() > 0) {
            client.setSyncSince(forceSince.getAsLong());
            room.acl.save(client);
        }
        client.pushing = false;
        client.generation++;
        Bytes padded = request.body().size() >= 5 ? request.body() : request.body().concat(Bytes.zeros(5 - request.body().size()));
        AckHash hash = AckHash.forKeepAlive(new RequestContent(request.tag(), padded), client.identity.publicKey());
        replies.directAck(client.identity, AckPayload.withUnsyncedCount(hash, pushes.unsyncedCount(client)),
                RoomConstants.SERVER_RESPONSE_DELAY);
    }
}
