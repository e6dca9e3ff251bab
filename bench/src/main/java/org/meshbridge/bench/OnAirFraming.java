package org.meshbridge.bench;

import java.util.Random;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.RegionKey;

/**
 * Puts a synthetic payload into an on-air packet (spec §2.1): {@code header ‖ [codes] ‖ path_len ‖
 * path ‖ payload}, with seeded routes: floods that have crossed 0–5 repeaters with 1-, 2- or
 * 3-byte path hashes, source-routed directs, zero-hop directs, and region-scoped floods.
 */
final class OnAirFraming {

    private static final int ROUTE_TRANSPORT_FLOOD = 0;
    private static final int ROUTE_FLOOD = 1;
    private static final int ROUTE_DIRECT = 2;
    /** Largest packet the firmware sends, {@code MAX_TRANS_UNIT}. */
    private static final int MAX_PACKET_BYTES = 255;
    /** {@code MAX_PACKET_PAYLOAD}. */
    private static final int MAX_PAYLOAD_BYTES = 184;

    private final Random random;

    OnAirFraming(Random random) {
        this.random = random;
    }

    /** A flood that has crossed 0–5 repeaters; most paths use 1-byte hashes, some 2 or 3. */
    Bytes flood(SyntheticTraffic.Payload p) {
        int hashSize = hashSize();
        return frame(ROUTE_FLOOD, null, hashSize, random.nextInt(6), p);
    }

    /** A direct packet with 0–4 remaining hops of 1-byte hashes. */
    Bytes direct(SyntheticTraffic.Payload p) {
        return frame(ROUTE_DIRECT, null, 1, random.nextInt(5), p);
    }

    /** A zero-hop direct packet (CONTROL, local adverts). */
    Bytes zeroHop(SyntheticTraffic.Payload p) {
        return frame(ROUTE_DIRECT, null, 1, 0, p);
    }

    /** A TRACE on its way: one SNR byte collected per hop so far, fewer than the hops it lists. */
    Bytes trace(SyntheticTraffic.Payload p, int hopsListed) {
        return frame(ROUTE_DIRECT, null, 1, random.nextInt(hopsListed), p);
    }

    /** A TRANSPORT_FLOOD scoped to {@code region}: code 1 from the region key, code 2 zero. */
    Bytes scopedFlood(SyntheticTraffic.Payload p, RegionKey region) {
        int[] codes = {region.transportCode(p.type(), p.bytes()), 0};
        return frame(ROUTE_TRANSPORT_FLOOD, codes, hashSize(), random.nextInt(6), p);
    }

    private int hashSize() {
        int roll = random.nextInt(10);
        return roll < 7 ? 1 : roll < 9 ? 2 : 3;
    }

    private Bytes frame(int route, int[] codes, int hashSize, int hops, SyntheticTraffic.Payload p) {
        if (p.bytes().size() > MAX_PAYLOAD_BYTES) {
            throw new IllegalStateException("payload of " + p.bytes().size() + " bytes");
        }
        ByteWriter w = new ByteWriter().u8(p.type() << 2 | route);
        if (codes != null) {
            w.u16(codes[0]).u16(codes[1]);
        }
        w.u8((hashSize - 1) << 6 | hops);
        byte[] path = new byte[hops * hashSize];
        random.nextBytes(path);
        Bytes packet = w.bytes(path).bytes(p.bytes()).toBytes();
        if (packet.size() > MAX_PACKET_BYTES) {
            throw new IllegalStateException("packet of " + packet.size() + " bytes");
        }
        return packet;
    }
}
