package org.meshbridge.core.radio.sim;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.NodeType;

/**
 * A contact of a {@link SimCompanion}, as last seen: learnt from an advert, with the direct path
 * to it once one is known ({@code ContactInfo.out_path}; empty is {@code OUT_PATH_UNKNOWN}).
 *
 * @param name the advertised name
 * @param identity its public key
 * @param typeCode the advertised node type code (see {@link NodeType})
 * @param outPath the direct path to it, in sending order, or empty to flood
 * @param lastAdvertTimestamp the newest advert timestamp accepted from it
 * @param syncSince for a room: the newest post timestamp received, sent with the next login
 */
public record SimContact(String name, Identity identity, int typeCode, Optional<Path> outPath, long lastAdvertTimestamp,
                         long syncSince) {

    public SimContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(outPath, "outPath");
    }

    public Optional<NodeType> type() {
        return NodeType.fromCode(typeCode);
    }
}
