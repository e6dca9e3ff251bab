package org.meshbridge.server.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.protocol.payload.AdvertAppData;

/**
 * One entry of {@code rooms}: a room server. Its identity is not here: the server generates it at
 * first start into {@code <data_dir>/rooms/<name>.key}, or reads {@code privateKeyFile}.
 *
 * @param name           1..31 bytes of letters, digits, '.', '_' and '-' (advertised; names the key file)
 * @param guestPassword  logs in read-write; no default
 * @param adminPassword  logs in as admin; no default
 * @param allowReadOnly  any other password logs in read-only; a room with no password needs it
 * @param location       the advertised position, if any
 * @param adverts        zero-hop and flood advert intervals
 * @param maxClients     the access-list size
 * @param privateKeyFile a device's 64-byte private key (hex or binary) to keep its identity
 */
public record RoomSettings(String name, Optional<String> guestPassword, Optional<String> adminPassword,
                           boolean allowReadOnly, Optional<AdvertAppData.Location> location, AdvertSchedule adverts,
                           int maxClients, Optional<Path> privateKeyFile) {

    public RoomSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(guestPassword, "guestPassword");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(adverts, "adverts");
        Objects.requireNonNull(privateKeyFile, "privateKeyFile");
    }
}
