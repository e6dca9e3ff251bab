package org.meshbridge.core.radio.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * Several simulated peers on one {@link SimulatedAir} and a virtual clock, all seeded from one
 * number, with a sniffer that records every frame put on the air.
 */
final class SimMeshHarness {

    /** One frame put on the air. */
    record Sent(String sender, Bytes frame, Instant at) {
        Packet packet() {
            try {
                return Packet.decode(frame);
            } catch (MalformedFrameException e) {
                throw new AssertionError("a simulated peer sent an undecodable frame " + frame.hex(), e);
            }
        }

        boolean is(PayloadType type) {
            return packet().is(type);
        }
    }

    final long seed;
    final ManualScheduler scheduler = new ManualScheduler();
    final SimulatedAir air;
    final List<Sent> sent = new ArrayList<>();
    private final SplittableRandom random;

    SimMeshHarness(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.air = new SimulatedAir(scheduler, RadioParameters.MESHCORE_DEFAULT, random.split());
        air.addListener((sender, frame, at, toa) -> sent.add(new Sent(sender, frame, at)));
    }

    SimRepeater repeater(String name) {
        SimRepeater r = new SimRepeater(name, SimIdentities.derive(name, seed), air, random.split(), SimRepeater.Settings.QUIET);
        r.start();
        return r;
    }

    SimCompanion companion(String name) {
        SimCompanion c = new SimCompanion(name, SimIdentities.derive(name, seed), air, random.split(), SimCompanion.Settings.QUIET);
        c.start();
        return c;
    }

    /** Links each neighbour pair both ways with a clean, strong link. */
    void line(String... names) {
        for (int i = 0; i + 1 < names.length; i++) {
            air.setLinks(names[i], names[i + 1], LinkQuality.good());
        }
    }

    void run(Duration duration) {
        scheduler.advance(duration);
    }

    /** Frames {@code sender} put on the air with payload type {@code type}. */
    long sentBy(String sender, PayloadType type) {
        return sent.stream().filter(s -> s.sender().equals(sender) && s.is(type)).count();
    }

    /** The hex of the 1-byte hashes of {@code nodes}, in order: a path as it appears on the air. */
    static Bytes pathOf(SimMesh... nodes) {
        byte[] b = new byte[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            b[i] = (byte) nodes[i].identity().identity().hash();
        }
        return Bytes.of(b);
    }

    static Optional<Bytes> hashes(Optional<org.meshbridge.protocol.packet.Path> path) {
        return path.map(org.meshbridge.protocol.packet.Path::hashes);
    }
}
