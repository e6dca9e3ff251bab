package org.meshbridge.core.companion;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.AdvertAppData;

/**
 * A contact as a companion app sees it: a room hosted here, another account's companion on this
 * server, or a node heard on RF.
 *
 * @param identity its public key
 * @param name its advertised (or configured) name
 * @param nodeTypeCode ADV_TYPE: 1 chat, 2 repeater, 3 room, 4 sensor
 * @param outPath the direct path known to it; empty when unknown (the app sees out_path_len -1)
 * @param location the advertised position
 * @param lastAdvert the advert's timestamp (epoch seconds)
 * @param lastModified when this server last changed the entry (epoch seconds; paging by {@code since})
 * @param local whether it is hosted on this server (reached without the radio)
 */
public record CompanionContact(Identity identity, String name, int nodeTypeCode, Optional<Path> outPath,
                               Optional<AdvertAppData.Location> location, long lastAdvert, long lastModified,
                               boolean local) {

    public CompanionContact {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outPath, "outPath");
        Objects.requireNonNull(location, "location");
    }
}
