package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.room.DemoRoom;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.core.time.ManualScheduler;

/**
 * The demo hosts room "lobby" on SQLite in its data directory: thirty simulated minutes put
 * virtual nodes' posts there, and a second run on the same directory still has them.
 */
class DemoRoomRunIT {

    @TempDir
    Path dataDir;

    @Test
    void virtualNodesPostToTheLobbyAndItsPostsSurviveARestart() throws Exception {
        ManualScheduler first = new ManualScheduler();
        MeshbridgeServer server = VirtualDemo.start(dataDir, first);
        VirtualDemo.run(server, first, Duration.ofMinutes(30), Duration.ofSeconds(1));

        Rooms rooms = server.rooms().orElseThrow();
        assertThat(rooms.names()).containsExactly(DemoRoom.NAME);
        List<Post> posts = rooms.latest(DemoRoom.NAME, 1000);
        assertThat(posts).as("posts from the demo's virtual nodes").hasSizeGreaterThanOrEqualTo(3);
        assertThat(posts).extracting(Post::origin).containsOnly(PostOrigin.RF);
        assertThat(posts).allSatisfy(p -> assertThat(p.authorKey()).isPresent());
        JsonNode store = HttpJson.get(server.httpAddress(), "/healthz").body().path("store");
        assertThat(store.path("state").asText()).isEqualTo("up");
        assertThat(store.path("url").asText()).isEqualTo("jdbc:sqlite:" + dataDir.resolve("meshbridge.db"));
        assertThat(store.path("queued").asInt()).isZero();
        JsonNode listed = HttpJson.get(server.httpAddress(), "/api/v1/rooms/lobby/posts?limit=2",
                HttpJson.member(server, "reader")).body();
        assertThat(listed.path("room").asText()).isEqualTo("lobby");
        assertThat(listed.path("count").asInt()).isEqualTo(2);
        assertThat(listed.path("posts").get(0).path("text").asText()).isEqualTo(posts.get(0).text());
        assertThat(listed.path("posts").get(0).path("author").asText()).isEqualTo(posts.get(0).authorName());
        assertThat(listed.path("posts").get(0).path("time").asText())
                .isEqualTo(java.time.Instant.ofEpochSecond(posts.get(0).timestamp()).toString());
        assertThat(listed.path("posts").get(0).path("origin").asText()).isEqualTo("rf");
        assertThat(server.banner()).anySatisfy(line -> assertThat(line).startsWith("Web app: open http://127.0.0.1:"));
        assertThat(server.banner()).anySatisfy(line -> assertThat(line).contains("room \"lobby\"").contains("sqlite3"));
        VirtualDemo.stop(server, first);
        assertThat(Files.exists(dataDir.resolve("meshbridge.db"))).isTrue();

        ManualScheduler second = new ManualScheduler(first.now());
        MeshbridgeServer restarted = VirtualDemo.start(dataDir, second);
        second.advance(Duration.ofSeconds(1));
        assertThat(restarted.rooms().orElseThrow().latest(DemoRoom.NAME, 1000)).as("kept across the restart")
                .containsExactlyElementsOf(posts);
        VirtualDemo.run(restarted, second, Duration.ofMinutes(10), Duration.ofSeconds(1));
        assertThat(restarted.rooms().orElseThrow().latest(DemoRoom.NAME, 1000)).hasSizeGreaterThan(posts.size())
                .containsAll(posts);
        VirtualDemo.stop(restarted, second);
    }

}
