package org.meshbridge.core.room;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.node.Arrival;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.Utf8;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckPayload;
import org.meshbridge.protocol.payload.TextMessageContent;

/**
 * The replies a room sends itself rather than through the node's automatic answers: post ACKs
 * (only once the post is durable), CLI replies and keep-alive ACKs. Routed as the firmware room
 * does: direct along the client's learned path, else flooded in the request's scope
 * ({@code sendFloodReply}: the request's region, else un-scoped) with the
 * request's path hash size. Confined to the scheduler thread.
 */
final class RoomReplies {

    private final RoomContext room;

    RoomReplies(RoomContext room) {
        this.room = room;
    }

    /** A 4-byte ACK to {@code client} after {@code delay} ({@code createAck}, direct or {@code sendFloodReply}). */
    void ack(Identity client, AckPayload ack, Arrival arrival, Duration delay) {
        Bytes payload = ack.encode();
        room.host.scheduler().schedule(delay, () -> {
            Packet packet = room.host.node().paths().get(client).map(p -> Packet.direct(PayloadType.ACK, p, payload))
                    .orElseGet(() -> floodReply(PayloadType.ACK, payload, arrival));
            room.host.node().transmit(packet, TrafficOrigin.LOCAL);
        });
    }

    /** A keep-alive ACK: direct only, and only when the client's path is known ({@code RULE: only send keep_alive response DIRECT}). */
    void directAck(Identity client, AckPayload ack, Duration delay) {
        Optional<Path> path = room.host.node().paths().get(client);
        path.ifPresent(p -> room.host.scheduler().schedule(delay,
                () -> room.host.node().transmit(Packet.direct(PayloadType.ACK, p, ack.encode()), TrafficOrigin.LOCAL)));
    }

    /** A CLI reply: a CLI_DATA text stamped with the room's clock (+1 if it equals the command's, as the firmware does). */
    void cliReply(Identity client, long commandTimestamp, String reply, Duration delay) {
        room.host.scheduler().schedule(delay, () -> {
            long now = room.clock.next();
            if (now == commandTimestamp) {
                now = room.clock.next();
            }
            String cut = new String(Utf8.truncate(reply, RoomConstants.MAX_PUSH_TEXT_BYTES), StandardCharsets.UTF_8);
            TextMessageContent text = TextMessageContent.cliData(now, 0, cut);
            room.host.node().sendUntrackedText(room.identity, client, text, TrafficOrigin.LOCAL);
        });
    }

    private static Packet floodReply(PayloadType type, Bytes payload, Arrival arrival) {
        int hashSize = arrival.isFlood() ? arrival.path().hashSize() : 1;
        Packet flood = Packet.flood(type, payload, hashSize);
        return arrival.scope().map(region -> region.scope(flood)).orElse(flood);
    }
}
