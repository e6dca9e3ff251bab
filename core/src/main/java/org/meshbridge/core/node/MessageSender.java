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
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.AckHash;
import org.meshbridge.protocol.payload.TextMessageContent;
import org.meshbridge.protocol.payload.TextType;

/**
 * Sends text messages and tracks their ACKs (firmware {@code BaseChatMesh::sendMessage}, the
 * companion's expected-ACK table and {@code calc*TimeoutMillisFor}; retries as the apps do).
 *
 * <p>Each attempt has its own expected ACK (the attempt number is in the hashed plaintext). Every
 * attempt's ACK stays accepted until the message is delivered or given up (late ACKs); once it is
 * delivered, further copies of its ACKs (multi-ACKs, ACKs over a second path) are recognised as
 * ours but report nothing. Confined to the scheduler thread.
 */
final class MessageSender {

    private static final int RECENT_ACKS = 256;

    private final Scheduler scheduler;
    private final Transmitter transmitter;
    private final Sealing sealing;
    private final PathTable paths;
    private final RetryPolicy retries;
    private final Optional<RegionKey> floodScope;
    private final BiConsumer<LocalIdentity, Delivery> events;
    private final Map<Bytes, Outgoing> awaiting = new HashMap<>();
    private final Map<Bytes, Boolean> recent = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, Boolean> eldest) {
            return size() > RECENT_ACKS;
        }
    };

    MessageSender(Scheduler scheduler, Transmitter transmitter, Sealing sealing, PathTable paths, RetryPolicy retries,
                  Optional<RegionKey> floodScope, BiConsumer<LocalIdentity, Delivery> events) {
        this.scheduler = scheduler;
        this.transmitter = transmitter;
        this.sealing = sealing;
        this.paths = paths;
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
     * An ACK arrived (plain, multipart, early, or in a PATH).
     *
     * @return true if it answers a message of ours (then it must not be forwarded)
     */
    boolean onAck(AckHash ack) {
        Outgoing out = awaiting.get(ack.value());
        if (out == null) {
            return recent.containsKey(ack.value());
        }
        Duration roundTrip = Duration.between(out.sentAt.get(ack.value()), scheduler.now());
        finish(out, new Delivery.Delivered(out.to, out.attempts, ack, roundTrip));
        return true;
    }

    /** Messages waiting for an ACK. */
    int pending() {
        return (int) awaiting.values().stream().distinct().count();
    }

    private void attempt(Outgoing out) {
        int number = out.attempts++;
        TextMessageContent content = new TextMessageContent(out.first.timestamp(), out.first.txtTypeCode(), number,
                out.first.authorPrefix(), out.first.text());
        AckHash expected = content.txtTypeCode() == TextType.SIGNED_PLAIN.code()
                ? AckHash.forSignedPlainText(content, out.to.publicKey())
                : AckHash.forPlainText(content, out.from.publicKey());
        awaiting.put(expected.value(), out);
        out.sentAt.put(expected.value(), scheduler.now());
        Bytes payload = sealing.peerDatagram(PayloadType.TXT_MSG, out.from, out.to, content.encode());
        Optional<Path> path = out.forceFlood ? Optional.empty() : paths.get(out.to);
        Packet packet = path.map(p -> Packet.direct(PayloadType.TXT_MSG, p, payload))
                .orElseGet(() -> transmitter.flood(PayloadType.TXT_MSG, payload, floodScope));
        out.lastWasDirect = path.isPresent();
        transmitter.send(packet, out.origin, Duration.ZERO);
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
            finish(out, new Delivery.Failed(out.to, out.attempts));
        }
    }

    private void finish(Outgoing out, Delivery delivery) {
        out.done = true;
        out.timer.cancel();
        for (Bytes ack : out.sentAt.keySet()) {
            awaiting.remove(ack);
            if (delivery instanceof Delivery.Delivered) {
                recent.put(ack, Boolean.TRUE);
            }
        }
        events.accept(out.from, delivery);
        out.result.complete(delivery);
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
        Cancellable timer;

        Outgoing(LocalIdentity from, Identity to, TextMessageContent first, TrafficOrigin origin) {
            this.from = from;
            this.to = to;
            this.first = first;
            this.origin = origin;
        }
    }
}
