package org.meshbridge.core.nodes;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;

/**
 * Who put a heard packet on the air, from its path alone (spec §5.2 step 6, firmware
 * {@code Mesh::routeRecvPacket}): a repeater appends its own hash prefix to a flood's path before it
 * retransmits, so the last hash of a flood's path is the node the bridge heard it from. Nothing
 * else names the transmitter: a direct packet's path is the hops still to go (each hop removes
 * itself from the front, {@code Mesh::removeSelfFromPath}), a TRACE's path holds SNR bytes, and a
 * flood with no hops was sent by its originator, whom only its payload can name.
 *
 * <p>A hash is a 1 to 3 byte key prefix, so collisions are expected: it names a node only when
 * exactly one candidate key starts with it. Pure functions, no state.
 */
public final class LastHop {

    private LastHop() {
    }

    /** The hash of the node that transmitted {@code packet}: the last hop of a flood's path; empty otherwise. */
    public static Optional<Bytes> transmitterHash(Packet packet) {
        if (!packet.route().isFlood() || packet.path().isEmpty() || packet.is(PayloadType.TRACE)) {
            return Optional.empty();
        }
        return Optional.of(packet.path().hop(packet.path().hopCount() - 1));
    }

    /**
     * The one id among {@code candidateIds} (public keys in hex, either case) that starts with
     * {@code hash}; empty when none or several do.
     */
    public static Optional<String> unique(Bytes hash, Collection<String> candidateIds) {
        String prefix = hash.hex();
        String found = null;
        for (String id : candidateIds) {
            String lower = id.toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix)) {
                if (found != null && !found.equals(lower)) {
                    return Optional.empty();
                }
                found = lower;
            }
        }
        return Optional.ofNullable(found);
    }
}
