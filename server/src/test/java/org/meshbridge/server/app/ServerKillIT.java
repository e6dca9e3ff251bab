package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostOrigin;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;

/**
 * Issue 4's "an acknowledged post is never lost", for the whole server: a child JVM
 * ({@link PostingServerChild}) runs the real composition root and posts through the room service
 * from many threads; after {@value #ACKS_BEFORE_KILL} acknowledgements it is killed with SIGKILL
 * mid-stream, the server is started again in this JVM on the same data directory, and every
 * acknowledged post must be in the room with its id, timestamp and exact text.
 */
class ServerKillIT {

    static final int ACKS_BEFORE_KILL = 3_000;
    static final int CALLERS = 16;

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();

    /** One acknowledged post as the child printed it. */
    private record Ack(long id, long timestamp, String text) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyPostTheRoomServiceAcknowledgedSurvivesASigkillOfTheServerDuringHeavyPosting() throws Exception {
        Path dataDir = dir.resolve("data");
        Map<Long, Ack> acknowledged = postUntilKilled(dataDir);

        MeshbridgeServer again = MeshbridgeServer.start(Launch.run(PostingServerChild.config(dataDir)),
                new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
        try {
            scheduler.runPending();
            List<Post> newest = again.rooms().orElseThrow().latest(PostingServerChild.ROOM, 10);
            assertThat(newest).hasSize(10);
            JsonNode listed = HttpJson.get(again.httpAddress(),
                    "/api/v1/rooms/" + PostingServerChild.ROOM + "/posts?limit=10", HttpJson.member(again, "reader")).body();
            assertThat(listed.path("posts").findValuesAsText("text"))
                    .containsExactlyElementsOf(newest.stream().map(Post::text).toList());
        } finally {
            again.close();
            scheduler.runPending();
        }
        assertThat(again.coreStopped()).isDone();

        try (Storage reopened = Stores.open("jdbc:sqlite:" + dataDir.resolve("meshbridge.db"))) {
            Map<Long, Post> stored = everyPost(reopened);
            assertThat(stored.size()).isGreaterThanOrEqualTo(acknowledged.size());
            acknowledged.forEach((timestamp, ack) -> {
                Post post = stored.get(timestamp);
                assertThat(post).as("acknowledged post at %d", timestamp).isNotNull();
                assertThat(post.id()).isEqualTo(ack.id());
                assertThat(post.text()).isEqualTo(ack.text());
                assertThat(post.authorName()).isEqualTo(PostingServerChild.AUTHOR);
                assertThat(post.origin()).isEqualTo(PostOrigin.INTERNET);
            });
        }
    }

    /** Runs the child until it acknowledged {@value #ACKS_BEFORE_KILL} posts, then SIGKILLs it. */
    private Map<Long, Ack> postUntilKilled(Path dataDir) throws Exception {
        Path stderr = Files.createTempFile("meshbridge-posting-server-", ".log");
        Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                PostingServerChild.class.getName(), dataDir.toString(), String.valueOf(CALLERS))
                .redirectError(stderr.toFile())
                .start();
        Map<Long, Ack> acknowledged = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < ACKS_BEFORE_KILL) {
                String line = lines.readLine();
                assertThat(line).as("the child stopped early; its stderr:%n%s", Files.readString(stderr)).isNotNull();
                String[] fields = line.split(" ", 4);
                assertThat(fields[0]).as("line %s", line).isEqualTo("ACK");
                Ack ack = new Ack(Long.parseLong(fields[1]), Long.parseLong(fields[2]), fields[3]);
                assertThat(acknowledged.put(ack.timestamp(), ack)).as("a second post at %d", ack.timestamp()).isNull();
            }
            assertThat(child.isAlive()).as("the child is still posting when killed").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
        } finally {
            child.destroyForcibly();
            Files.delete(stderr);
        }
        return acknowledged;
    }

    private static Map<Long, Post> everyPost(Storage storage) {
        Map<Long, Post> posts = new HashMap<>();
        long after = 0;
        while (true) {
            List<Post> page = storage.posts().after(PostingServerChild.ROOM, after, 1000);
            if (page.isEmpty()) {
                return posts;
            }
            page.forEach(p -> posts.put(p.timestamp(), p));
            after = page.get(page.size() - 1).timestamp();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
