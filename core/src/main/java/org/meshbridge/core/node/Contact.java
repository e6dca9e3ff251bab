package org.meshbridge.core.node;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.NodeType;

/**
 * A node heard advertising, as the contact book keeps it.
 *
 * @param identity its public key
 * @param name the advertised name
 * @param nodeTypeCode the advertised node type, 0..15 (see {@link #nodeType()})
 * @param location the advertised position, if any
 * @param advertTimestamp the advert's own timestamp (the advertiser's clock, uint32 seconds)
 * @param lastHeard when the latest advert arrived, on the scheduler clock
 * @param signal the signal of the latest advert, if the radio reported one
 * @param hopCount repeaters the latest advert passed
 * @param advertPath the path the latest advert took (sender first)
 * @param linkId the link that heard it
 */
public record Contact(Identity identity, String name, int nodeTypeCode, Optional<AdvertAppData.Location> location,
                      long advertTimestamp, Instant lastHeard, Optional<SignalReport> signal, int hopCount, Path advertPath,
                      String linkId) {

    public Contact {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(advertPath, "advertPath");
        Objects.requireNonNull(linkId, "linkId");
    }

    public Optional<NodeType> nodeType() {
        return NodeType.fromCode(nodeTypeCode);
    }
}
