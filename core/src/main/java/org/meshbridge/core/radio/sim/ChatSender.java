package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextMessagePayload;

/**
 * The sending half of a {@link SimCompanion}: the phone app's retry loop over the companion
 * firmware's {@code sendMessage}, and the firmware's table of expected ACKs.
 *
 * <p>Firmware ({@code BaseChatMesh::sendMessage}, {@code companion_radio/MyMesh.cpp}): each attempt is
 * a TXT_MSG with the same timestamp and the attempt number, flooded when the contact has no
 * path, else sent direct; its expected ACK goes into a ring of
 * {@value SimConstants#EXPECTED_ACK_TABLE_SIZE}; the estimated timeout is {@code 500 + 16 × airtime}
 * (flood) or {@code 500 + (6 × airtime + 250) × (hops + 1)} (direct). An ACK matching any entry
 * confirms its message, however late.
 *
 * <p>App (meshcore_py {@code send_msg_with_retry}, which meshcore-cli uses): wait 1.2 × the
 * estimate, then retry; at most {@value #MAX_ATTEMPTS} attempts, at most
 * {@value #MAX_FLOOD_ATTEMPTS} of them by flood, and when attempt {@value #FLOOD_AFTER} is due
 * after direct attempts the path is reset so the rest go by flood.
 */
final class ChatSender {

    /** meshcore_py {@code send_msg_with_retry(max_attempts=3)}. */
    static final int MAX_ATTEMPTS = 3;
    /** meshcore_py {@code send_msg_with_retry(max_flood_attempts=2)}. */
    static final int MAX_FLOOD_ATTEMPTS = 2;
    /** meshcore_py {@code send_msg_with_retry(flood_after=2)}. */
    static final int FLOOD_AFTER = 2;

    private final SimCompanion node;
    private final Expected[] expected = new Expected[SimConstants.EXPECTED_ACK_TABLE_SIZE];
    private final List<Delivery> deliveries = new ArrayList<>();
    private int nextExpected;

    ChatSender(SimCompanion node) {
        this.node = node;
    }

    /** Sends {@code text} to {@code contact}, retrying until ACKed or out of attempts. */
    Delivery send(ContactEntry contact, String text) {
        Delivery delivery = new Delivery(contact.name, text, node.rtcNowUnique());
        deliveries.add(delivery);
        attempt(new Outgoing(delivery, contact));
        return delivery;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /**
     * {@code processAck}: the contact whose message {@code ack} confirms, clearing its table entry;
     * empty when no entry matches.
     */
    Optional<ContactEntry> processAck(AckHash ack) {
        for (int i = 0; i < expected.length; i++) {
            Expected e = expected[i];
            if (e != null && e.attempt.expectedAck().equals(ack)) {
                expected[i] = null;
                e.outgoing.delivery.acked(e.attempt, node.scheduler().now());
                return Optional.of(e.outgoing.contact);
            }
        }
        return Optional.empty();
    }

    private void attempt(Outgoing out) {
        int number = out.delivery.attempts().size();
        if (number == FLOOD_AFTER && !out.flood) {
            out.contact.outPath = Optional.empty();
        }
        TextMessageContent message = TextMessageContent.plain(out.delivery.timestamp(), number, out.delivery.text());
        AckHash ack = AckHash.forPlainText(message, node.identity().publicKey());
        TextMessagePayload payload = out.contact.link.seal(message);
        long airtime = node.estAirtimeMillis(2 + payload.encode().size());
        Optional<Path> path = out.contact.outPath;
        long estimateMillis;
        if (path.isEmpty()) {
            node.sendFlood(payload, Duration.ZERO);
            estimateMillis = SimConstants.SEND_TIMEOUT_BASE_MILLIS + SimConstants.FLOOD_SEND_TIMEOUT_FACTOR * airtime;
            out.flood = true;
            out.floodAttempts++;
        } else {
            node.sendDirect(payload, path.get(), Duration.ZERO);
            estimateMillis = SimConstants.SEND_TIMEOUT_BASE_MILLIS + (SimConstants.DIRECT_SEND_PERHOP_FACTOR * airtime
                    + SimConstants.DIRECT_SEND_PERHOP_EXTRA_MILLIS) * (path.get().hopCount() + 1);
            out.flood = false;
        }
        Delivery.Attempt attempt = new Delivery.Attempt(number, path.isEmpty() ? RouteType.FLOOD : RouteType.DIRECT, ack,
                node.scheduler().now(), Duration.ofMillis(estimateMillis));
        out.delivery.addAttempt(attempt);
        expected[nextExpected] = new Expected(out, attempt);
        nextExpected = (nextExpected + 1) % expected.length;
        node.scheduler().schedule(Duration.ofMillis(estimateMillis * 12 / 10), () -> onTimeout(out));
    }

    private void onTimeout(Outgoing out) {
        if (out.delivery.state() != Delivery.State.PENDING) {
            return;
        }
        int attempts = out.delivery.attempts().size();
        if (attempts < MAX_ATTEMPTS && (!out.flood || out.floodAttempts < MAX_FLOOD_ATTEMPTS)) {
            attempt(out);
        } else {
            out.delivery.failed();
        }
    }

    /** A message on its way, with the app's retry bookkeeping. */
    private static final class Outgoing {
        final Delivery delivery;
        final ContactEntry contact;
        boolean flood;
        int floodAttempts;

        Outgoing(Delivery delivery, ContactEntry contact) {
            this.delivery = delivery;
            this.contact = contact;
        }
    }

    private record Expected(Outgoing outgoing, Delivery.Attempt attempt) {
    }
}
