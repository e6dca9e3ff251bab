package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.server.config.MeshbridgeConfig;

/** A real run's rooms and channel rooms from the config, their keys, and a store that cannot open. */
class ConfiguredRoomsRunIT {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();

    @Test
    void configuredRoomsAndChannelsOpenWithGeneratedOrImportedKeysThatLaterRunsReuse() throws Exception {
        LocalIdentity device = LocalIdentity.generate(new SecureRandom());
        Path imported = Files.writeString(dir.resolve("ops.hex"), device.expandedKey().hex());
        MeshbridgeConfig config = config("""
                rooms:
                  - { name: lobby, guest_password: "g", admin_password: "a" }
                  - { name: ops, admin_password: "a", private_key_file: "%s" }
                channels:
                  - { name: test, hashtag: "#test" }
                """.formatted(imported));

        MeshbridgeServer server = start(config);
        scheduler.advance(Duration.ofSeconds(1));
        var rooms = server.rooms().orElseThrow();
        assertThat(rooms.names()).containsExactly("lobby", "ops", "test");
        var stage = rooms.post("test", "erin", "from the web").toCompletableFuture();
        scheduler.advance(Duration.ofSeconds(1));
        server.drainStore();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(stage).isCompleted();
        Post post = stage.join();
        assertThat(rooms.latest("test", 10)).containsExactly(post);
        assertThat(post.origin()).isEqualTo(PostOrigin.INTERNET);
        Path lobbyKey = dir.resolve("data/rooms/lobby.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lobbyKey))).isEqualTo("rw-------");
        assertThat(Files.exists(dir.resolve("data/rooms/ops.key"))).as("an imported key is not copied").isFalse();
        JsonNode store = HttpJson.get(server.httpAddress(), "/healthz").body().path("store");
        assertThat(store.path("state").asText()).isEqualTo("up");
        JsonNode listed = HttpJson.get(server.httpAddress(), "/api/v1/rooms/test/posts", HttpJson.member(server, "reader"))
                .body();
        assertThat(listed.path("posts")).singleElement().satisfies(p -> {
            assertThat(p.path("text").asText()).isEqualTo("from the web");
            assertThat(p.path("author").asText()).isEqualTo("erin");
            assertThat(p.path("origin").asText()).isEqualTo("internet");
        });
        Bytes lobbyFile = Bytes.of(Files.readAllBytes(lobbyKey));
        stop(server);

        MeshbridgeServer again = start(config);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(again.rooms().orElseThrow().latest("test", 10)).containsExactly(post);
        assertThat(Bytes.of(Files.readAllBytes(lobbyKey))).isEqualTo(lobbyFile);
        assertThat(again.health().store().state().name()).isEqualTo("UP");
        stop(again);
        assertThat(again.health().store().state().name()).isEqualTo("CLOSED");
    }

    @Test
    void anImportedKeyThatIsNotAKeyStopsTheStartNamingTheKeyPath() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.key"), "not a key");
        MeshbridgeConfig config = config("rooms: [ { name: ops, admin_password: a, private_key_file: \"" + bad + "\" } ]\n");

        assertThatThrownBy(() -> start(config)).isInstanceOf(StartupException.class)
                .hasMessage("rooms[0].private_key_file: " + bad + " holds no usable key: 64 bytes (raw or 128 hex digits)"
                        + " as a device exports it, or a meshbridge identity file");
    }

    @Test
    void aStoreThatCannotOpenStopsTheStartWithOneLineWithoutItsPassword() throws Exception {
        MeshbridgeConfig config = config("storage: { url: \"jdbc:postgresql://127.0.0.1:1/mb?password=hunter2&connectTimeout=1\" }\n");

        assertThatThrownBy(() -> start(config)).isInstanceOf(StartupException.class)
                .hasMessageStartingWith("cannot open storage.url jdbc:postgresql://127.0.0.1:1/mb?…: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("\n"));
    }

    private MeshbridgeConfig config(String sections) throws Exception {
        return MeshbridgeConfig.parse("node: { data_dir: \"" + dir.resolve("data") + "\" }\nradio: { type: none }\n"
                + "server: { listen: \"127.0.0.1:0\" }\n" + sections);
    }

    private MeshbridgeServer start(MeshbridgeConfig config) {
        return MeshbridgeServer.start(Launch.run(config), new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
    }

    private void stop(MeshbridgeServer server) {
        server.close();
        scheduler.runPending();
        assertThat(server.coreStopped()).isDone();
    }
}
