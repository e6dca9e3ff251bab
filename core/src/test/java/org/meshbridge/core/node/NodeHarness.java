package org.meshbridge.core.node;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeEstimator;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.airtime.DutyCycleLimit;
import org.meshbridge.core.radio.RecordingRadioLink;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Packet;

/**
 * One {@link MeshNode} on a {@link ManualScheduler} with {@link RecordingRadioLink}s, airtime
 * schedulers at 100 % duty cycle, a linear airtime of 10 ms per byte and a seeded random; plus
 * the spec §12.2 keys. Public in the core test-jar for simulations and later services.
 */
public final class NodeHarness {

    /** Spec §12.2 key A (the firmware test keypair), hash 0x1E. */
    public static final LocalIdentity A = LocalIdentity.fromExpandedKey(Bytes.fromHex(
            "7065e18fd9fabb70c1ed90dca19907de698c88b709ea146eafd93d9b830c7b60"
                    + "c4681193c79bbc39945ba8064104bb618f8fd7a84a0af6f57033d6e8ddcd6471"));
    /** Spec §12.2 key B (the room server), hash 0x48. */
    public static final LocalIdentity B = LocalIdentity.fromExpandedKey(Bytes.fromHex(
            "18469d6140447f77de13cd8d761e605431f52269fbff43b0925752ed9e674543"
                    + "5dc6a86d2568af8b70d3365db3f88234760c8ecc645ce469829bc45b65f1d5d5"));
    /** Spec §12.2 key C (seed 32 × 0x42), hash 0x21. */
    public static final LocalIdentity C = LocalIdentity.fromSeed(Bytes.of(filled(32, (byte) 0x42)));

    /** 10 ms of airtime per byte. */
    public static final AirtimeEstimator AIRTIME = bytes -> Duration.ofMillis(10L * bytes);

    public final ManualScheduler scheduler = new ManualScheduler();
    public final List<RecordingRadioLink> links = new ArrayList<>();
    public final List<AirtimeScheduler> airtimes = new ArrayList<>();
    public final RecordingNodeListener events = new RecordingNodeListener();
    public final MeshNode node;
    private long epochSeconds = ManualScheduler.DEFAULT_START.getEpochSecond();
    private boolean clockFromScheduler = true;

    public NodeHarness(LocalIdentity self, NodeConfig config, int linkCount, long seed) {
        MeshNode.Builder builder = MeshNode.builder(scheduler, self).config(config)
                .random(new SplittableRandom(seed)).listener(events).clock(clock());
        for (int i = 0; i < linkCount; i++) {
            RecordingRadioLink link = new RecordingRadioLink("link" + i, scheduler, n -> AIRTIME.timeOnAir(n));
            AirtimeScheduler airtime = new AirtimeScheduler(scheduler, link, AIRTIME,
                    AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 100)));
            links.add(link);
            airtimes.add(airtime);
            builder.link(link, airtime, AIRTIME);
        }
        node = builder.build();
    }

    /** A node with one link and {@link NodeConfig#DEFAULT} without adverts. */
    public NodeHarness(LocalIdentity self) {
        this(self, NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE), 1, 1);
    }

    /** Freezes the real-time clock at {@code seconds} (it then moves only through this method). */
    public void setClock(long seconds) {
        clockFromScheduler = false;
        epochSeconds = seconds;
    }

    /** A new link {@code id} with an airtime scheduler like the others, not yet attached to the node. */
    public RecordingRadioLink newLink(String id) {
        RecordingRadioLink link = new RecordingRadioLink(id, scheduler, n -> AIRTIME.timeOnAir(n));
        links.add(link);
        airtimes.add(new AirtimeScheduler(scheduler, link, AIRTIME, AirtimeConfig.of(DutyCycleLimit.ofPercent(Duration.ofHours(1), 100))));
        return link;
    }

    /** Plays a frame heard on link {@code index} and runs what is due now. */
    public void hear(int index, Bytes frame) {
        links.get(index).receive(frame, 20, -60);
        scheduler.runPending();
    }

    public void hear(String hex) {
        hear(0, Bytes.fromHex(hex));
    }

    public void advance(Duration d) {
        scheduler.advance(d);
    }

    /** Packets completed on link {@code index}, decoded. */
    public List<Packet> sent(int index) {
        List<Packet> out = new ArrayList<>();
        for (Bytes raw : links.get(index).packets()) {
            out.add(decode(raw));
        }
        return out;
    }

    public List<Packet> sent() {
        return sent(0);
    }

    /** Start times of completed transmissions on link 0. */
    public List<Instant> sentAt() {
        return links.get(0).transmissions().stream().map(RecordingRadioLink.Transmission::startedAt).toList();
    }

    public static Packet decode(Bytes raw) {
        try {
            return Packet.decode(raw);
        } catch (MalformedFrameException e) {
            throw new AssertionError("node sent an undecodable packet " + raw.hex(), e);
        }
    }

    private LongSupplier clock() {
        return () -> clockFromScheduler ? scheduler.now().getEpochSecond() : epochSeconds;
    }

    private static byte[] filled(int n, byte b) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, b);
        return out;
    }
}
