package org.meshbridge.bench;

import java.util.Optional;
import java.util.Random;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.RouteType;
import org.meshbridge.protocol.packet.TransportCodes;

/**
 * Puts a synthetic payload into an on-air packet with the packet codec (spec §2.1: {@code header ‖
 * [codes] ‖ path_len ‖ path ‖ payload}), with seeded routes: floods that have crossed 0–5
 * repeaters with 1-, 2- or 3-byte path hashes, source-routed directs, zero-hop directs, and
 * region-scoped floods.
 */
final class OnAirFraming {

    private final Random random;

    OnAirFraming(Random random) {
        this.random = random;
    }

    /** A flood that has crossed 0–5 repeaters; most paths use 1-byte hashes, some 2 or 3. */
    Bytes flood(SyntheticTraffic.Payload p) {
        int hashSize = hashSize();
        return frame(RouteType.FLOOD, null, hashSize, random.nextInt(6), p);
    }

    /** A direct packet with 0–4 remaining hops of 1-byte hashes. */
    Bytes direct(SyntheticTraffic.Payload p) {
        return frame(RouteType.DIRECT, null, 1, random.nextInt(5), p);
    }

    /** A zero-hop direct packet (CONTROL, local adverts). */
    Bytes zeroHop(SyntheticTraffic.Payload p) {
        return frame(RouteType.DIRECT, null, 1, 0, p);
    }

    /** A TRACE on its way: one SNR byte collected per hop so far, fewer than the hops it lists. */
    Bytes trace(SyntheticTraffic.Payload p, int hopsListed) {
        return frame(RouteType.DIRECT, null, 1, random.nextInt(hopsListed), p);
    }

    /** A TRANSPORT_FLOOD scoped to {@code region}: code 1 from the region key, code 2 zero. */
    Bytes scopedFlood(SyntheticTraffic.Payload p, RegionKey region) {
        TransportCodes codes = TransportCodes.region(region.transportCode(p.type(), p.bytes()));
        return frame(RouteType.TRANSPORT_FLOOD, codes, hashSize(), random.nextInt(6), p);
    }

    private int hashSize() {
        int roll = random.nextInt(10);
        return roll < 7 ? 1 : roll < 9 ? 2 : 3;
    }

    private Bytes frame(RouteType route, TransportCodes codes, int hashSize, int hops, SyntheticTraffic.Payload p) {
        byte[] path = new byte[hops * hashSize];
        random.nextBytes(path);
        return new Packet(route, p.type(), 0, Optional.ofNullable(codes), new Path(hashSize, Bytes.of(path)), p.bytes())
                .encode();
    }
}
