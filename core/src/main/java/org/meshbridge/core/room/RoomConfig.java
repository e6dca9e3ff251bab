package org.meshbridge.core.room;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertAppData;

/**
 * One room server, as the operator configured it.
 *
 * <p>There are no default passwords: a room needs an admin or a guest password, unless it is
 * explicitly open to read-only guests ({@code allowReadOnly}), in which case any password (or none)
 * logs in as a guest who reads but cannot post. A configured password never matches a blank one
 * (the firmware's {@code strcmp} with an empty guest password would let everyone in read-write).
 *
 * @param name          the room's name: advertised, and the key of its history in the store
 * @param identity      its key pair (generated once and kept by the server, or an imported 64-byte key)
 * @param location      the advertised position, if any
 * @param adminPassword the admin password (role {@link RoomRole#ADMIN}), 1..15 bytes
 * @param guestPassword the guest password (role {@link RoomRole#READ_WRITE}), 1..15 bytes
 * @param allowReadOnly whether any other password logs in as a read-only guest ({@code allow.read.only})
 * @param adverts       the room's own advert timers (the firmware's {@code advert.interval} ×2 and
 *                      {@code flood.advert.interval}); the node's schedule does not apply to rooms
 * @param maxClients    the ACL size (firmware {@code MAX_CLIENTS} 20); past it the least active
 *                      non-admin is evicted, admins never
 * @param retention     how long posts are kept; empty keeps them forever
 */
public record RoomConfig(String name, LocalIdentity identity, Optional<AdvertAppData.Location> location,
                         Optional<String> adminPassword, Optional<String> guestPassword, boolean allowReadOnly,
                         AdvertSchedule adverts, int maxClients, Optional<Duration> retention) {

    /** The firmware's ACL size. */
    public static final int DEFAULT_MAX_CLIENTS = RoomConstants.FIRMWARE_MAX_CLIENTS;
    /** A zero-hop advert 16 s after start and every 60 minutes, a flood advert every 47 hours. */
    public static final AdvertSchedule DEFAULT_ADVERTS = AdvertSchedule.DEFAULT;

    public RoomConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(guestPassword, "guestPassword");
        Objects.requireNonNull(adverts, "adverts");
        Objects.requireNonNull(retention, "retention");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a room needs a name");
        }
        adminPassword.ifPresent(p -> checkPassword(p, "admin"));
        guestPassword.ifPresent(p -> checkPassword(p, "guest"));
        if (adminPassword.isEmpty() && guestPassword.isEmpty() && !allowReadOnly) {
            throw new IllegalArgumentException("room " + name
                    + " has no admin or guest password; set one, or allow read-only guests explicitly");
        }
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be at least 1: " + maxClients);
        }
        retention.ifPresent(r -> {
            if (r.isNegative() || r.isZero()) {
                throw new IllegalArgumentException("retention must be positive: " + r);
            }
        });
    }

    /** A room with a guest and an admin password, no location, firmware advert timers and ACL size, kept forever. */
    public static RoomConfig of(String name, LocalIdentity identity, String guestPassword, String adminPassword) {
        return new RoomConfig(name, identity, Optional.empty(), Optional.of(adminPassword), Optional.of(guestPassword),
                false, DEFAULT_ADVERTS, DEFAULT_MAX_CLIENTS, Optional.empty());
    }

    public RoomConfig withAllowReadOnly(boolean value) {
        return new RoomConfig(name, identity, location, adminPassword, guestPassword, value, adverts, maxClients, retention);
    }

    public RoomConfig withAdverts(AdvertSchedule value) {
        return new RoomConfig(name, identity, location, adminPassword, guestPassword, allowReadOnly, value, maxClients, retention);
    }

    public RoomConfig withMaxClients(int value) {
        return new RoomConfig(name, identity, location, adminPassword, guestPassword, allowReadOnly, adverts, value, retention);
    }

    public RoomConfig withRetention(Duration value) {
        return new RoomConfig(name, identity, location, adminPassword, guestPassword, allowReadOnly, adverts, maxClients,
                Optional.of(value));
    }

    public RoomConfig withLocation(AdvertAppData.Location value) {
        return new RoomConfig(name, identity, Optional.of(value), adminPassword, guestPassword, allowReadOnly, adverts,
                maxClients, retention);
    }

    public RoomConfig withPasswords(Optional<String> guest, Optional<String> admin) {
        return new RoomConfig(name, identity, location, admin, guest, allowReadOnly, adverts, maxClients, retention);
    }

    /** Companions send at most 15 password bytes ({@code sendLogin}), so a longer one could never match. */
    private static void checkPassword(String password, String which) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < 1 || bytes > RoomConstants.MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the " + which + " password must be 1.." + RoomConstants.MAX_PASSWORD_BYTES
                    + " bytes (companions send at most 15), was " + bytes);
        }
    }
}
