package org.meshbridge.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.core.node.ReplyStyle;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;

/**
 * The node the node benchmarks feed: a {@link MeshNode} with {@link NodeConfig#DEFAULT} (forwarding
 * off, 4096-entry duplicate table) but no advert timers, on a {@link DirectScheduler}, with one
 * {@link InstantLink} through a real {@link AirtimeScheduler} ({@link #DUTY_CYCLE}). It hosts three
 * endpoints: a room-like SERVER endpoint knowing four peers, an internet user (COMPANION) knowing
 * two of them, and the bridge identity with Public and {@code #meshbridge} registered.
 *
 * <p>{@link #hear} moves the virtual clock on by {@link #FRAME_STEP} (so delayed replies fall due
 * and go out as they would at 50,000 frames/s) and plays the frame in through the link listener,
 * the path every radio adapter uses.
 */
final class BenchStation {

    /** Virtual time between two frames: 20 µs, i.e. the node is fed 50,000 frames per virtual second. */
    static final Duration FRAME_STEP = Duration.ofNanos(20_000);
    /**
     * 100 % of a 1 ms window. The airtime ledger keeps every frame of the last window and scans them
     * all before each start; with 1 ns frames and the firmware's one-hour window it would grow for
     * the whole run and the benchmark would time that scan, not the node. A 1 ms window bounds it to
     * the replies of the last 50 frames.
     */
    static final DutyCycleLimit DUTY_CYCLE = DutyCycleLimit.ofPercent(Duration.ofMillis(1), 100);
    /** 2026-01-01T00:00:00Z, where the corpus timestamps start. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** The hashtag channel the bridge listens on, besides Public (one of the corpus channels). */
    static final ChannelKey HASHTAG = ChannelKey.hashtag("#meshbridge");

    final DirectScheduler scheduler = new DirectScheduler(START);
    final InstantLink link = new InstantLink(scheduler);
    final MeshNode node;
    final LocalIdentity room;
    final LocalIdentity user;
    final LocalIdentity bridge;
    /** The four mesh users the room knows; the user endpoint knows the first two. */
    final List<LocalIdentity> peers;
    private final List<BenchEndpoint> endpoints = new ArrayList<>();

    BenchStation(long seed) {
        Random random = new Random(seed);
        LocalIdentity self = identity(random);
        room = identity(random);
        user = identity(random);
        bridge = identity(random);
        peers = List.of(identity(random), identity(random), identity(random), identity(random));
        AirtimeScheduler airtime = new AirtimeScheduler(scheduler, link, InstantLink.AIRTIME, AirtimeConfig.of(DUTY_CYCLE));
        node = MeshNode.builder(scheduler, self).config(NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE))
                .random(new SplittableRandom(seed)).link(link, airtime, InstantLink.AIRTIME).build();
        List<Identity> known = peers.stream().map(LocalIdentity::identity).toList();
        endpoints.add(new BenchEndpoint(room, ReplyStyle.SERVER, known, List.of()));
        endpoints.add(new BenchEndpoint(user, ReplyStyle.COMPANION, known.subList(0, 2), List.of()));
        endpoints.add(new BenchEndpoint(bridge, ReplyStyle.COMPANION, List.of(), List.of(ChannelKey.PUBLIC, HASHTAG)));
        endpoints.forEach(node::register);
        node.start();
    }

    /** One frame heard: the clock moves on by {@link #FRAME_STEP}, then the link delivers it. */
    void hear(Bytes frame) {
        scheduler.advance(FRAME_STEP);
        link.hear(frame);
    }

    /** Endpoints answer (ACK texts, respond to requests and logins) or stay silent. */
    void replies(boolean on) {
        endpoints.forEach(e -> e.replies(on));
    }

    /** What the endpoints have been handed so far. */
    long delivered() {
        return endpoints.stream().mapToLong(BenchEndpoint::delivered).sum();
    }

    /** A one-line account of the node's counters, for the benchmark log. */
    String summary() {
        NodeStats s = node.stats();
        return String.format("frames %d, duplicates %d, processed %d, dropped %d, malformed %d, signatures %d,"
                        + " seen %d/%d, delivered to endpoints %d, transmitted %d, timers pending %d",
                s.framesReceived(), s.duplicates(), s.processed(), s.dropped(), s.malformedTotal(), s.signatureChecks(),
                s.seenEntries(), s.seenCapacity(), delivered(), link.transmitted(), scheduler.pendingTimers());
    }

    /** A seeded identity, drawn again when its key has a hash MeshCore reserves (0x00, 0xFF). */
    static LocalIdentity identity(Random random) {
        while (true) {
            byte[] seed = new byte[32];
            random.nextBytes(seed);
            try {
                return LocalIdentity.fromSeed(Bytes.of(seed));
            } catch (IllegalArgumentException reservedHash) {
                // draw again, as the firmware does
            }
        }
    }
}
