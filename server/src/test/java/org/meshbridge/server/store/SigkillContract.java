package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.meshbridge.core.room.Post;

/**
 * An acknowledged post is never lost: a child JVM ({@link AppendingChild}) appends from many
 * callers and reports each completed stage; after {@value #ACKS_BEFORE_KILL} reports it is
 * killed with SIGKILL mid-stream, and every reported post must be in the reopened store with
 * its id and exact text.
 */
abstract class SigkillContract {

    static final int ACKS_BEFORE_KILL = 5_000;
    static final int CALLERS = 64;

    /** The class's source of empty databases. */
    abstract TestDatabase database();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyAcknowledgedPostSurvivesAKillDuringHeavyPosting() throws Exception {
        String url = database().freshUrl();
        Path stderr = Files.createTempFile("meshbridge-appending-child-", ".log");
        Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                AppendingChild.class.getName(), url, String.valueOf(CALLERS))
                .redirectError(stderr.toFile())
                .start();
        Map<Long, Long> acknowledged = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (acknowledged.size() < ACKS_BEFORE_KILL) {
                String line = lines.readLine();
                assertThat(line).as("the child stopped early; its stderr:%n%s", Files.readString(stderr)).isNotNull();
                String[] fields = line.split(" ");
                acknowledged.put(Long.parseLong(fields[2]), Long.parseLong(fields[1]));
            }
            assertThat(child.isAlive()).as("the child is still posting when killed").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
        } finally {
            child.destroyForcibly();
            Files.delete(stderr);
        }

        try (Storage reopened = Stores.open(url)) {
            Map<Long, Post> stored = everyPost(reopened);
            assertThat(stored.size()).isGreaterThanOrEqualTo(acknowledged.size());
            acknowledged.forEach((timestamp, id) -> {
                Post post = stored.get(timestamp);
                assertThat(post).as("acknowledged post at %d", timestamp).isNotNull();
                assertThat(post.id()).isEqualTo(id);
                assertThat(post.text()).isEqualTo(AppendingChild.textFor(timestamp));
            });
        }
    }

    private static Map<Long, Post> everyPost(Storage storage) {
        Map<Long, Post> posts = new HashMap<>();
        long after = 0;
        while (true) {
            List<Post> page = storage.posts().after(AppendingChild.ROOM, after, 1000);
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
