package org.meshbridge.bench;

import java.time.Duration;
import java.util.Random;
import java.util.SplittableRandom;
import org.meshbridge.core.airtime.AirtimeConfig;
import org.meshbridge.core.airtime.AirtimeScheduler;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.node.MeshNode;
import org.meshbridge.core.node.NodeConfig;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures what the node's duplicate table retains, with JOL's object-graph walk (no JMH): for
 * each capacity, a node with no endpoints is built, its retained size taken
 * ({@code GraphLayout.parseInstance(node).totalSize()}: every object reachable from it), then it is
 * fed twice its capacity of distinct flood ACKs (each goes into the table and nowhere else) and
 * measured again. Everything but the table is the same in every node, so the differences between
 * capacities are the table's own. Run: {@code java -cp bench/target/benchmarks.jar
 * org.meshbridge.bench.SeenTableFootprint}.
 */
public final class SeenTableFootprint {

    private static final int[] CAPACITIES = {160, 1024, NodeConfig.DEFAULT_SEEN_CAPACITY, 16_384, 65_536};

    private SeenTableFootprint() {
    }

    public static void main(String[] args) {
        System.out.println("| capacity | node, empty table (bytes) | node, full table (bytes) | filled − empty | per entry | seen entries |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        long[] full = new long[CAPACITIES.length];
        for (int i = 0; i < CAPACITIES.length; i++) {
            int capacity = CAPACITIES[i];
            DirectScheduler scheduler = new DirectScheduler(BenchStation.START);
            InstantLink link = new InstantLink(scheduler);
            MeshNode node = MeshNode.builder(scheduler, BenchStation.identity(new Random(1)))
                    .config(NodeConfig.DEFAULT.withAdverts(AdvertSchedule.NONE).withCapacities(capacity, 1000, 1000))
                    .random(new SplittableRandom(1))
                    .link(link, new AirtimeScheduler(scheduler, link, InstantLink.AIRTIME, AirtimeConfig.of(BenchStation.DUTY_CYCLE)),
                            InstantLink.AIRTIME)
                    .build();
            node.start();
            long empty = GraphLayout.parseInstance(node).totalSize();
            Random random = new Random(capacity);
            byte[] ack = new byte[4];
            for (int n = 0; n < 2 * capacity; n++) {
                random.nextBytes(ack);
                scheduler.advance(BenchStation.FRAME_STEP);
                link.hear(Packet.flood(PayloadType.ACK, Bytes.of(ack)).encode());
            }
            full[i] = GraphLayout.parseInstance(node).totalSize();
            System.out.printf("| %,d | %,d | %,d | %,d | %.1f | %,d |%n", capacity, empty, full[i], full[i] - empty,
                    (double) (full[i] - empty) / capacity, node.stats().seenEntries());
        }
        System.out.println();
        for (int i = 1; i < CAPACITIES.length; i++) {
            System.out.printf("full table, %,d → %,d entries: %.1f bytes per entry%n", CAPACITIES[i - 1], CAPACITIES[i],
                    (double) (full[i] - full[i - 1]) / (CAPACITIES[i] - CAPACITIES[i - 1]));
        }
        System.out.println("runtime: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    }
}
