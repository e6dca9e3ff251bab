package org.meshbridge.server.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.core.room.RoomConfig;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.server.store.RetentionPolicy;

/** The {@code storage}, {@code rooms} and {@code channels} sections. */
final class RoomSectionsParser {

    private static final Set<String> STORAGE_KEYS = Set.of("url", "retention");
    private static final Set<String> RETENTION_KEYS = Set.of("days", "posts_per_room");
    private static final Set<String> ROOM_KEYS = Set.of("name", "guest_password", "admin_password", "allow_read_only",
            "location", "advert_interval", "flood_advert_interval", "max_clients", "private_key_file");
    private static final String ROOM_KEY_LIST = "name, guest_password, admin_password, allow_read_only, location,"
            + " advert_interval, flood_advert_interval, max_clients, private_key_file";
    private static final Set<String> LOCATION_KEYS = Set.of("lat", "lon");
    private static final Set<String> CHANNEL_KEYS = Set.of("name", "secret", "hashtag", "public", "transmit_internet");
    /** Room names become file names ({@code rooms/<name>.key}) and advert names (31 bytes). */
    private static final Pattern ROOM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,30}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final int MAX_PASSWORD_BYTES = 15;

    private RoomSectionsParser() {
    }

    static StorageSettings storage(ConfigNode storage, Path dataDir) throws ConfigException {
        storage.refuseUnknown(STORAGE_KEYS, "url, retention");
        StorageSettings defaults = StorageSettings.sqliteIn(dataDir);
        String url = storage.text("url").orElse(defaults.url());
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(storage.keyPath("url"), "must start with jdbc:sqlite: or jdbc:postgresql:, was "
                    + new StorageSettings(url, RetentionPolicy.keepEverything()).redactedUrl());
        }
        if (url.contains(":memory:") || url.contains("mode=memory")) {
            throw new ConfigException(storage.keyPath("url"), "an in-memory SQLite database would keep nothing; use a file");
        }
        RetentionPolicy retention = RetentionPolicy.keepEverything();
        if (storage.has("retention")) {
            ConfigNode r = storage.section("retention");
            r.refuseUnknown(RETENTION_KEYS, "days, posts_per_room");
            var days = r.whole("days", 1, 100_000);
            if (days.isPresent()) {
                retention = retention.withMaxAge(Duration.ofDays(days.getAsLong()));
            }
            var posts = r.whole("posts_per_room", 1, Long.MAX_VALUE);
            if (posts.isPresent()) {
                retention = retention.withMaxPostsPerRoom(posts.getAsLong());
            }
        }
        return new StorageSettings(url, retention);
    }

    static List<RoomSettings> rooms(ConfigNode root, Set<String> names) throws ConfigException {
        List<RoomSettings> rooms = new ArrayList<>();
        for (ConfigNode room : root.list("rooms")) {
            rooms.add(room(room, names));
        }
        return List.copyOf(rooms);
    }

    static List<ChannelSettings> channels(ConfigNode root, Set<String> names) throws ConfigException {
        List<ChannelSettings> channels = new ArrayList<>();
        for (ConfigNode channel : root.list("channels")) {
            channel.refuseUnknown(CHANNEL_KEYS, "name, secret, hashtag, public, transmit_internet");
            String name = name(channel, names);
            channels.add(new ChannelSettings(name, channelKey(channel), channel.bool("transmit_internet").orElse(false)));
        }
        return List.copyOf(channels);
    }

    private static RoomSettings room(ConfigNode room, Set<String> names) throws ConfigException {
        room.refuseUnknown(ROOM_KEYS, ROOM_KEY_LIST);
        String name = name(room, names);
        Optional<String> guest = password(room, "guest_password");
        Optional<String> admin = password(room, "admin_password");
        boolean allowReadOnly = room.bool("allow_read_only").orElse(false);
        if (guest.isEmpty() && admin.isEmpty() && !allowReadOnly) {
            throw new ConfigException(room.path(), "room " + name + " has no guest_password or admin_password (there are no"
                    + " defaults); set them, or allow_read_only: true for a room anyone may read");
        }
        AdvertSchedule d = RoomConfig.DEFAULT_ADVERTS;
        Duration zeroHop = room.duration("advert_interval", Duration.ZERO, Duration.ofHours(24), "0 (off) .. 24h")
                .orElse(d.zeroHopInterval());
        Duration flood = room.duration("flood_advert_interval", Duration.ZERO, Duration.ofDays(7), "0 (off) .. 7d")
                .orElse(d.floodInterval());
        int maxClients = (int) room.whole("max_clients", 1, 100_000).orElse(RoomConfig.DEFAULT_MAX_CLIENTS);
        return new RoomSettings(name, guest, admin, allowReadOnly, location(room),
                new AdvertSchedule(d.firstDelay(), zeroHop, flood), maxClients, keyFile(room));
    }

    private static String name(ConfigNode entry, Set<String> names) throws ConfigException {
        String name = entry.text("name").orElseThrow(() -> new ConfigException(entry.keyPath("name"), "required"));
        if (!ROOM_NAME.matcher(name).matches()) {
            throw new ConfigException(entry.keyPath("name"), "must be 1..31 letters, digits, '.', '_' or '-', starting"
                    + " with a letter or digit, was \"" + name + "\"");
        }
        if (!names.add(name)) {
            throw new ConfigException(entry.keyPath("name"), "another room or channel is already named " + name);
        }
        return name;
    }

    private static Optional<String> password(ConfigNode room, String key) throws ConfigException {
        Optional<String> password = room.text(key);
        if (password.isPresent()) {
            int bytes = password.get().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_PASSWORD_BYTES) {
                throw new ConfigException(room.keyPath(key), "must be 1.." + MAX_PASSWORD_BYTES
                        + " bytes (companions send at most 15), was " + bytes);
            }
        }
        return password;
    }

    private static Optional<AdvertAppData.Location> location(ConfigNode room) throws ConfigException {
        if (!room.has("location")) {
            return Optional.empty();
        }
        ConfigNode location = room.section("location");
        location.refuseUnknown(LOCATION_KEYS, "lat, lon");
        double lat = degrees(location, "lat", 90);
        double lon = degrees(location, "lon", 180);
        return Optional.of(new AdvertAppData.Location((int) Math.round(lat * 1e6), (int) Math.round(lon * 1e6)));
    }

    private static double degrees(ConfigNode location, String key, double max) throws ConfigException {
        OptionalDouble value = location.number(key, -max, true, max, "-" + (int) max + ".." + (int) max + " degrees");
        return value.orElseThrow(() -> new ConfigException(location.keyPath(key), "required: degrees, e.g. 52.37"));
    }

    private static Optional<Path> keyFile(ConfigNode room) throws ConfigException {
        Optional<String> text = room.text("private_key_file");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path file;
        try {
            file = Path.of(text.get());
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(room.keyPath("private_key_file"), "is not a valid path: " + e.getReason());
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(room.keyPath("private_key_file"), file + " is not a readable file");
        }
        return Optional.of(file);
    }

    private static ChannelKey channelKey(ConfigNode channel) throws ConfigException {
        Optional<String> secret = channel.text("secret");
        Optional<String> hashtag = channel.text("hashtag");
        boolean isPublic = channel.bool("public").orElse(false);
        int given = (secret.isPresent() ? 1 : 0) + (hashtag.isPresent() ? 1 : 0) + (isPublic ? 1 : 0);
        if (given != 1) {
            throw new ConfigException(channel.path(), "needs exactly one of secret (hex or base64), hashtag (\"#name\")"
                    + " or public: true, had " + given);
        }
        if (isPublic) {
            return ChannelKey.PUBLIC;
        }
        if (hashtag.isPresent()) {
            try {
                return ChannelKey.hashtag(hashtag.get());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(channel.keyPath("hashtag"), e.getMessage());
            }
        }
        String text = secret.get().trim();
        try {
            return HEX.matcher(text).matches() ? ChannelKey.ofSecret(text) : ChannelKey.fromBase64(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(channel.keyPath("secret"), "must be 32 or 64 hex digits, or base64 of 16 or 32 bytes");
        }
    }
}
