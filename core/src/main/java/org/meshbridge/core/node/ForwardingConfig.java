package org.meshbridge.core.node;

import java.util.Objects;

/**
 * Whether and how the node repeats packets for others (spec §5.2 steps 3 and 6, §5.3). Off by
 * default, as on a room server ({@code disable_fwd = 1}) and a companion.
 *
 * @param enabled forward at all ({@code allowPacketForward})
 * @param floodMaxHops floods with this many hops or more are processed but not forwarded
 *     ({@code flood.max}, default 64)
 * @param floodMaxUnscopedHops the same limit for un-scoped FLOOD packets ({@code flood.max.unscoped}, 64)
 * @param floodMaxAdvertHops the same limit for adverts ({@code flood.max.advert}, 8)
 * @param loopDetect the repeater's flood loop check ({@code loop.detect}, default off)
 * @param txDelayFactor flood retransmit delay factor t = airtime × factor ({@code tx_delay_factor}, 0.5)
 * @param directTxDelayFactor direct retransmit delay factor ({@code direct_tx_delay_factor},
 *     repeater default 0.3)
 * @param regions which scoped and un-scoped floods may be forwarded
 */
public record ForwardingConfig(boolean enabled, int floodMaxHops, int floodMaxUnscopedHops, int floodMaxAdvertHops,
                               LoopDetect loopDetect, double txDelayFactor, double directTxDelayFactor, RegionScope regions) {

    /** {@code flood.max} default, firmware {@code simple_repeater/MyMesh.cpp}. */
    public static final int DEFAULT_FLOOD_MAX_HOPS = 64;
    /** {@code flood.max.advert} default, firmware {@code simple_repeater/MyMesh.cpp}. */
    public static final int DEFAULT_FLOOD_MAX_ADVERT_HOPS = 8;
    /** {@code tx_delay_factor} default (repeater, room, companion). */
    public static final double DEFAULT_TX_DELAY_FACTOR = 0.5;
    /** {@code direct_tx_delay_factor} default of the repeater (room and companion use 0.2). */
    public static final double DEFAULT_DIRECT_TX_DELAY_FACTOR = 0.3;

    /** Forwarding off; every other value the repeater's default. */
    public static final ForwardingConfig OFF = new ForwardingConfig(false, DEFAULT_FLOOD_MAX_HOPS, DEFAULT_FLOOD_MAX_HOPS,
            DEFAULT_FLOOD_MAX_ADVERT_HOPS, LoopDetect.OFF, DEFAULT_TX_DELAY_FACTOR, DEFAULT_DIRECT_TX_DELAY_FACTOR,
            RegionScope.UNSCOPED);

    /** The repeater's defaults with forwarding on. */
    public static final ForwardingConfig REPEATER = OFF.withEnabled(true);

    public ForwardingConfig {
        Objects.requireNonNull(loopDetect, "loopDetect");
        Objects.requireNonNull(regions, "regions");
        requireHops(floodMaxHops, "floodMaxHops");
        requireHops(floodMaxUnscopedHops, "floodMaxUnscopedHops");
        requireHops(floodMaxAdvertHops, "floodMaxAdvertHops");
        if (!(txDelayFactor >= 0) || !(directTxDelayFactor >= 0)) {
            throw new IllegalArgumentException("delay factors must be zero or positive");
        }
    }

    public ForwardingConfig withEnabled(boolean on) {
        return new ForwardingConfig(on, floodMaxHops, floodMaxUnscopedHops, floodMaxAdvertHops, loopDetect,
                txDelayFactor, directTxDelayFactor, regions);
    }

    public ForwardingConfig withHopLimits(int maxHops, int maxUnscopedHops, int maxAdvertHops) {
        return new ForwardingConfig(enabled, maxHops, maxUnscopedHops, maxAdvertHops, loopDetect,
                txDelayFactor, directTxDelayFactor, regions);
    }

    public ForwardingConfig withLoopDetect(LoopDetect mode) {
        return new ForwardingConfig(enabled, floodMaxHops, floodMaxUnscopedHops, floodMaxAdvertHops, mode,
                txDelayFactor, directTxDelayFactor, regions);
    }

    public ForwardingConfig withDelayFactors(double flood, double direct) {
        return new ForwardingConfig(enabled, floodMaxHops, floodMaxUnscopedHops, floodMaxAdvertHops, loopDetect,
                flood, direct, regions);
    }

    public ForwardingConfig withRegions(RegionScope scope) {
        return new ForwardingConfig(enabled, floodMaxHops, floodMaxUnscopedHops, floodMaxAdvertHops, loopDetect,
                txDelayFactor, directTxDelayFactor, scope);
    }

    /** True when a flood with {@code hops} hops exceeds a limit ({@code isFloodHopLimitExceeded}, {@code RoutingPolicy.h}). */
    boolean isHopLimitExceeded(int hops, boolean unscoped, boolean advert) {
        return hops >= floodMaxHops || unscoped && hops >= floodMaxUnscopedHops || advert && hops >= floodMaxAdvertHops;
    }

    private static void requireHops(int hops, String name) {
        if (hops < 0 || hops > 255) {
            throw new IllegalArgumentException(name + " must be 0..255: " + hops);
        }
    }
}
