package org.meshbridge.core.node;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.meshbridge.core.airtime.TrafficOrigin;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextMessagePayload;
import org.meshbridge.protocol.payload.TextType;

/**
 * Sends text messages and tracks their ACKs (firmware {@code BaseChatMesh::sendMessage},
 * {@code onAckRecv}, {@code processAck}, the companion's expected-ACK table and
 * {@code calc*TimeoutMillisFor}; retries as the apps do).
 *
 * <p>Each attempt has its own expected ACK (the attempt number is in the hashed plaintext). Every
 * attempt's ACK stays accepted until the message is delivered or given up (late ACKs); once it is
 * delivered, further copies of its ACKs (multi-ACKs, ACKs over a second path) are recognised as
 * ours but report nothing. After giving up, its ACKs are still recognised for
 * {@link RetryPolicy#lateAckGrace()} and reported once as {@link Delivery.DeliveredLate}. A plain
 * ACK of ours that came by flood from a peer whose path we know means the peer has not learned
 * its path to us: a reciprocal PATH goes to it again ({@code handleReturnPathRetry}). With no link
 * up, a message fails at once ({@link Delivery.FailureReason#NO_LINK_UP}). Confined to the
 * scheduler thread.
 */
final class MessageSender {

    private static final int RECENT_ACKS = 256;

    private final Scheduler scheduler;
    private final Transmitter transmitter;
    private final PeerLinks links;
    private final PathTable paths;
    private final LastHeard lastHeard;
    private final Replier replier;
    private final RetryPolicy retries;
    private final Optional<RegionKey> floodScope;
    private final BiConsumer<LocalIdentity, Delivery> events;
    private final Map<Bytes, Outgoing> awaiting = new HashMap<>();
    private final Map<Bytes, Boolean> recent = bounded();
    private final Map<Bytes, Outgoing> givenUp = bounded();

    MessageSender(Scheduler scheduler, Transmitter transmitter, PeerLinks links, PathTable paths, LastHeard lastHeard,
                  Replier replier, RetryPolicy retries, Optional<RegionKey> floodScope,
                  BiConsumer<LocalIdentity, Delivery> events) {
        this.scheduler = scheduler;
        this.transmitter = transmitter;
        this.links = links;
        this.paths = paths;
        this.lastHeard = lastHeard;
        this.replier = replier;
        this.retries = retries;
        this.floodScope = floodScope;
        this.events = events;
    }

    /** Starts sending {@code first} (attempt 0); later attempts reuse its timestamp and text. */
    CompletionStage<Delivery> send(LocalIdentity from, Identity to, TextMessageContent first, TrafficOrigin origin) {
        TextType type = first.txtType().orElse(TextType.CLI_DATA);
        if (type == TextType.CLI_DATA) {
            throw new IllegalArgumentException("only PLAIN and SIGNED_PLAIN texts are acknowledged; send others untracked");
        }
        Outgoing out = new Outgoing(from, to, first, origin);
        attempt(out);
        return out.result.minimalCompletionStage();
    }

    /**
     * A plain or multipart ACK arrived ({@code onAckRecv}).
     *
     * @return true if it answers a message of ours (then it must not be forwarded)
     */
    boolean onAck(AckHash ack, Arrival arrival) {
        Outgoing out = awaiting.get(ack.value());
        if (out == null) {
            return lateOrRecent(ack, arrival);
        }
        delivered(out, ack, arrival);
        Optional<Path> known = paths.get(out.to);
        if (arrival.isFlood() && known.isPresent()) {
            replier.returnPathRetry(out.from, out.to, known.get(), arrival);
        }
        return true;
    }

    /**
     * An ACK carried in a PATH arrived ({@code processAck}).
     *
     * @return true if it answers a message of ours
     */
    boolean confirm(AckHash ack, Arrival arrival) {
        Outgoing out = awaiting.get(ack.value());
        if (out == null) {
            return lateOrRecent(ack, arrival);
        }
        delivered(out, ack, arrival);
        return true;
    }

    /** Messages waiting for an ACK. */
    int pending() {
        return (int) awaiting.values().stream().distinct().count();
    }

    private void attempt(Outgoing out) {
        if (!transmitter.anyLinkUp()) {
            finish(out, new Delivery.Failed(out.to, out.attempts, Delivery.FailureReason.NO_LINK_UP));
            return;
        }
        int number = out.attempts++;
        TextMessageContent content = new TextMessageContent(out.first.timestamp(), out.first.txtTypeCode(), number,
                out.first.authorPrefix(), out.first.text());
        AckHash expected = content.txtTypeCode() == TextType.SIGNED_PLAIN.code()
                ? AckHash.forSignedPlainText(content, out.to.publicKey())
                : AckHash.forPlainText(content, out.from.publicKey());
        awaiting.put(expected.value(), out);
        out.sentAt.put(expected.value(), scheduler.now());
        TextMessagePayload payload = links.between(out.from, out.to).seal(content);
        Optional<Path> path = out.forceFlood ? Optional.empty() : paths.get(out.to);
        Packet packet = path.map(payload::toDirect).orElseGet(() -> transmitter.flood(payload, floodScope));
        out.lastWasDirect = path.isPresent();
        transmitter.sendTo(out.to, packet, out.origin, Duration.ZERO);
        out.timer = scheduler.schedule(timeout(packet), () -> onTimeout(out));
    }

    /** Flood: 500 + 16 × airtime; direct: 500 + (6 × airtime + 250) × (hops + 1), airtime in whole ms. */
    private Duration timeout(Packet packet) {
        long airtime = transmitter.airtimeMillis(packet.encodedLength());
        long millis = packet.route().isFlood()
                ? NodeConstants.SEND_TIMEOUT_BASE_MILLIS + NodeConstants.FLOOD_SEND_TIMEOUT_FACTOR * airtime
                : NodeConstants.SEND_TIMEOUT_BASE_MILLIS
                        + (airtime * NodeConstants.DIRECT_SEND_PERHOP_FACTOR + NodeConstants.DIRECT_SEND_PERHOP_EXTRA_MILLIS)
                        * (packet.path().hopCount() + 1);
        return Duration.ofMillis(millis);
    }

    private void onTimeout(Outgoing out) {
        if (out.done) {
            return;
        }
        if (out.lastWasDirect && ++out.directFailures >= retries.floodAfterDirectFailures()) {
            paths.forget(out.to);
            out.forceFlood = true;
        }
        if (out.attempts < retries.maxAttempts()) {
            attempt(out);
        } else {
            finish(out, new Delivery.Failed(out.to, out.attempts, Delivery.FailureReason.NO_ACK));
        }
    }

    private void delivered(Outgoing out, AckHash ack, Arrival arrival) {
        lastHeard.heard(out.to, arrival.linkId());
        Duration roundTrip = Duration.between(out.sentAt.get(ack.value()), scheduler.now());
        finish(out, new Delivery.Delivered(out.to, out.attempts, ack, roundTrip));
    }

    /** An ACK of a message given up on within the grace window, or a further copy of a delivered one. */
    private boolean lateOrRecent(AckHash ack, Arrival arrival) {
        Outgoing late = givenUp.get(ack.value());
        if (late == null) {
            return recent.containsKey(ack.value());
        }
        late.sentAt.keySet().forEach(givenUp::remove);
        Duration afterGivingUp = Duration.between(late.gaveUpAt, scheduler.now());
        if (afterGivingUp.compareTo(retries.lateAckGrace()) > 0) {
            return false;
        }
        late.sentAt.keySet().forEach(key -> recent.put(key, Boolean.TRUE));
        lastHeard.heard(late.to, arrival.linkId());
        Duration roundTrip = Duration.between(late.sentAt.get(ack.value()), scheduler.now());
        events.accept(late.from, new Delivery.DeliveredLate(late.to, late.attempts, ack, roundTrip, afterGivingUp));
        return true;
    }

    private void finish(Outgoing out, Delivery delivery) {
        out.done = true;
        if (out.timer != null) {
            out.timer.cancel();
        }
        boolean lateAllowed = delivery instanceof Delivery.Failed failed
                && failed.reason() == Delivery.FailureReason.NO_ACK && !retries.lateAckGrace().isZero();
        out.gaveUpAt = scheduler.now();
        for (Bytes ack : out.sentAt.keySet()) {
            awaiting.remove(ack);
            if (delivery instanceof Delivery.Delivered) {
                recent.put(ack, Boolean.TRUE);
            } else if (lateAllowed) {
                givenUp.put(ack, out);
            }
        }
        events.accept(out.from, delivery);
        out.result.complete(delivery);
    }

    private static <V> Map<Bytes, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Bytes, V> eldest) {
                return size() > RECENT_ACKS;
            }
        };
    }

    /** One message in flight. */
    private static final class Outgoing {
        final LocalIdentity from;
        final Identity to;
        final TextMessageContent first;
        final TrafficOrigin origin;
        final Map<Bytes, Instant> sentAt = new LinkedHashMap<>();
        final CompletableFuture<Delivery> result = new CompletableFuture<>();
        int attempts;
        int directFailures;
        boolean forceFlood;
        boolean lastWasDirect;
        boolean done;
        Instant gaveUpAt;
        Cancellable timer;

        Outgoing(LocalIdentity from, Identity to, TextMessageContent first, TrafficOrigin origin) {
            this.from = from;
            this.to = to;
            this.first = first;
            this.origin = origin;
        }
    }
}
