package org.meshbridge.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshbridge.core.node.AdvertSchedule;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.server.store.RetentionPolicy;

/** The {@code storage}, {@code rooms} and {@code channels} sections (issue 4). */
class RoomSectionsConfigTest {

    private static final String RADIO = "radio: { type: sim }\n";

    @Test
    void withoutTheSectionsTheStoreIsSqliteInTheDataDirectoryAndThereAreNoRooms() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + "node: { data_dir: /srv/mb }\n");

        assertThat(config.storage()).isEqualTo(new StorageSettings("jdbc:sqlite:/srv/mb/meshbridge.db",
                RetentionPolicy.keepEverything()));
        assertThat(config.rooms()).isEmpty();
        assertThat(config.channels()).isEmpty();
    }

    @Test
    void storageTakesAUrlAndRetentionByDaysAndPostsPerRoom() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + """
                storage:
                  url: "jdbc:postgresql://db:5432/mb?user=mb&password=hunter2"
                  retention: { days: 30, posts_per_room: 5000 }
                """);

        assertThat(config.storage().url()).isEqualTo("jdbc:postgresql://db:5432/mb?user=mb&password=hunter2");
        assertThat(config.storage().retention()).isEqualTo(new RetentionPolicy(Optional.of(Duration.ofDays(30)),
                OptionalLong.of(5000)));
        assertThat(config.storage().redactedUrl()).isEqualTo("jdbc:postgresql://db:5432/mb?…");
        assertThat(config.summary()).contains("storage: jdbc:postgresql://db:5432/mb?…, retention 30 days, 5000 posts per room")
                .noneMatch(line -> line.contains("hunter2"));
    }

    @Test
    void aRoomReadsEveryKey(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("room.key"), "00".repeat(64));
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + """
                rooms:
                  - name: lobby
                    guest_password: "hello"
                    admin_password: "s3cret"
                    allow_read_only: true
                    location: { lat: 52.370216, lon: -4.895168 }
                    advert_interval: 2h
                    flood_advert_interval: 3d
                    max_clients: 200
                    private_key_file: "%s"
                  - { name: ops, admin_password: "x" }
                """.formatted(key));

        assertThat(config.rooms()).containsExactly(
                new RoomSettings("lobby", Optional.of("hello"), Optional.of("s3cret"), true,
                        Optional.of(new AdvertAppData.Location(52_370_216, -4_895_168)),
                        new AdvertSchedule(Duration.ofSeconds(16), Duration.ofHours(2), Duration.ofDays(3)), 200,
                        Optional.of(key)),
                new RoomSettings("ops", Optional.empty(), Optional.of("x"), false, Optional.empty(),
                        AdvertSchedule.DEFAULT, 20, Optional.empty()));
        assertThat(config.summary()).contains("room: lobby (read-only guests allowed)", "room: ops");
    }

    @Test
    void aRoomWithoutPasswordsIsAllowedOnlyWhenReadOnlyIsChosen() throws ConfigException {
        assertThat(MeshbridgeConfig.parse(RADIO + "rooms: [ { name: notice, allow_read_only: true } ]").rooms())
                .singleElement().satisfies(r -> {
                    assertThat(r.guestPassword()).isEmpty();
                    assertThat(r.adminPassword()).isEmpty();
                });
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + "rooms: [ { name: lobby } ]"))
                .hasMessage("rooms[0]: room lobby has no guest_password or admin_password (there are no defaults); set them,"
                        + " or allow_read_only: true for a room anyone may read");
    }

    @Test
    void channelsTakeASecretInHexOrBase64AHashtagOrPublic() throws ConfigException {
        MeshbridgeConfig config = MeshbridgeConfig.parse(RADIO + """
                channels:
                  - { name: public, public: true }
                  - { name: hex, secret: 8b3387e9c5cdea6ac9e5edbaa115cd72, transmit_internet: true }
                  - { name: b64, secret: "izOH6cXN6mrJ5e26oRXNcg==" }
                  - { name: test, hashtag: "#test" }
                """);

        assertThat(config.channels()).containsExactly(
                new ChannelSettings("public", ChannelKey.PUBLIC, false),
                new ChannelSettings("hex", ChannelKey.ofSecret("8b3387e9c5cdea6ac9e5edbaa115cd72"), true),
                new ChannelSettings("b64", ChannelKey.PUBLIC, false),
                new ChannelSettings("test", ChannelKey.hashtag("#test"), false));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("storage: { url: \"jdbc:mysql://db/mb?password=p\" }",
                        "storage.url: must start with jdbc:sqlite: or jdbc:postgresql:, was jdbc:mysql://db/mb?…"),
                Arguments.of("storage: { url: \"jdbc:sqlite::memory:\" }",
                        "storage.url: an in-memory SQLite database would keep nothing; use a file"),
                Arguments.of("storage: { retention: { days: 0 } }", "storage.retention.days: must be 1..100000, was 0"),
                Arguments.of("storage: { retention: { weeks: 2 } }",
                        "storage.retention.weeks: unknown key; keys under storage.retention are days, posts_per_room"),
                Arguments.of("storage: { path: x }", "storage.path: unknown key; keys under storage are url, retention"),
                Arguments.of("rooms: { name: lobby }", "rooms: must be a list (one \"- \" entry each), was a mapping"),
                Arguments.of("rooms: [ lobby ]", "rooms[0]: must be a mapping of keys, was \"lobby\""),
                Arguments.of("rooms: [ { guest_password: a } ]", "rooms[0].name: required"),
                Arguments.of("rooms: [ { name: \"my room\", guest_password: a } ]",
                        "rooms[0].name: must be 1..31 letters, digits, '.', '_' or '-', starting with a letter or digit,"
                                + " was \"my room\""),
                Arguments.of("rooms: [ { name: a, guest_password: x }, { name: a, guest_password: y } ]",
                        "rooms[1].name: another room or channel is already named a"),
                Arguments.of("rooms: [ { name: a, guest_password: x } ]\nchannels: [ { name: a, public: true } ]",
                        "channels[0].name: another room or channel is already named a"),
                Arguments.of("rooms: [ { name: a, guest_password: \"0123456789abcdef\" } ]",
                        "rooms[0].guest_password: must be 1..15 bytes (companions send at most 15), was 16"),
                Arguments.of("rooms: [ { name: a, guest_password: x, allow_read_only: sometimes } ]",
                        "rooms[0].allow_read_only: must be true or false, was \"sometimes\""),
                Arguments.of("rooms: [ { name: a, guest_password: x, location: { lat: 91, lon: 0 } } ]",
                        "rooms[0].location.lat: must be -90..90 degrees, was 91"),
                Arguments.of("rooms: [ { name: a, guest_password: x, location: { lat: 1 } } ]",
                        "rooms[0].location.lon: required: degrees, e.g. 52.37"),
                Arguments.of("rooms: [ { name: a, guest_password: x, advert_interval: 2d } ]",
                        "rooms[0].advert_interval: must be 0 (off) .. 24h, was 2d"),
                Arguments.of("rooms: [ { name: a, guest_password: x, max_clients: 0 } ]",
                        "rooms[0].max_clients: must be 1..100000, was 0"),
                Arguments.of("rooms: [ { name: a, guest_password: x, private_key_file: /nonexistent/k } ]",
                        "rooms[0].private_key_file: /nonexistent/k is not a readable file"),
                Arguments.of("rooms: [ { name: a, guest_password: x, password: y } ]",
                        "rooms[0].password: unknown key; keys under rooms[0] are name, guest_password, admin_password,"
                                + " allow_read_only, location, advert_interval, flood_advert_interval, max_clients,"
                                + " private_key_file"),
                Arguments.of("channels: [ { name: c } ]",
                        "channels[0]: needs exactly one of secret (hex or base64), hashtag (\"#name\") or public: true, had 0"),
                Arguments.of("channels: [ { name: c, public: true, hashtag: x } ]",
                        "channels[0]: needs exactly one of secret (hex or base64), hashtag (\"#name\") or public: true, had 2"),
                Arguments.of("channels: [ { name: c, secret: abcd } ]",
                        "channels[0].secret: must be 32 or 64 hex digits, or base64 of 16 or 32 bytes"),
                Arguments.of("channels: [ { name: c, hashtag: \"#\" } ]", "channels[0].hashtag: a hashtag channel needs a name"),
                Arguments.of("channels: [ { name: c, public: true, transmit_internet: 1 } ]",
                        "channels[0].transmit_internet: must be true or false, was 1"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueStopsWithItsKeyPathAndTheReason(String yaml, String message) {
        assertThatThrownBy(() -> MeshbridgeConfig.parse(RADIO + yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
    }
}
