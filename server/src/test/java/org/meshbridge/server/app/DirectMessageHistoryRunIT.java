package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.radio.sim.SimCompanion;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.accounts.LoginOutcome;

/**
 * The demo keeps an account's direct messages in its SQLite file: a DM bob ACKed is still there,
 * delivered, after a restart on the same data directory, and so is his answer, still unread; one
 * that was waiting for its ACK when the server stopped comes back failed (nothing follows that
 * ACK any more); a message sent after the restart gets an id of its own.
 */
class DirectMessageHistoryRunIT {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dataDir;

    @Test
    void aDeliveredDmSurvivesARestartAndOneStillPendingAtTheStopComesBackFailed() throws Exception {
        ManualScheduler first = new ManualScheduler();
        MeshbridgeServer server = VirtualDemo.start(dataDir, first);
        first.advance(Duration.ofMinutes(10));
        String token = HttpJson.member(server, "erin");
        SimCompanion bob = server.demoMesh().orElseThrow().companions().stream().filter(c -> c.name().equals("bob"))
                .findFirst().orElseThrow();
        String bobId = bob.identity().publicKey().hex();
        String conversation = "/api/v1/dms/" + bobId;
        pump(first, HttpJson.sendAsync(server.httpAddress(), "GET", "/api/v1/dms", null, token));
        first.advance(Duration.ofSeconds(30));

        JsonNode hello = send(first, server, conversation, "hello bob", token);
        first.advance(Duration.ofSeconds(60));
        assertThat(bob.directMessages()).extracting(m -> m.text()).contains("hello bob");
        assertThat(states(server, conversation, token)).containsExactly(tuple("hello bob", "delivered"));

        bob.sendText("erin", "hi erin");
        first.advance(Duration.ofSeconds(30));

        server.demoMesh().orElseThrow().setRunning("bob", false);
        JsonNode unanswered = send(first, server, conversation, "are you there?", token);
        first.advance(Duration.ofSeconds(2));
        JsonNode before = HttpJson.get(server.httpAddress(), "/api/v1/dms", token).body().path("conversations").get(0);
        assertThat(before.path("last").path("state").asText()).as("on air, waiting for the ACK when the server stops")
                .isEqualTo("pending");
        assertThat(before.path("unread").asInt()).as("bob's message, not opened").isOne();
        VirtualDemo.stop(server, first);

        ManualScheduler second = new ManualScheduler(first.now());
        MeshbridgeServer restarted = VirtualDemo.start(dataDir, second);
        second.advance(Duration.ofMinutes(2));
        String again = ((LoginOutcome.Success) restarted.accounts().login("erin", PASSWORD.toCharArray(),
                InetAddress.getLoopbackAddress())).token();
        JsonNode after = pump(second, HttpJson.sendAsync(restarted.httpAddress(), "GET", "/api/v1/dms", null, again)).body()
                .path("conversations").get(0);
        assertThat(after.path("node_id").asText()).isEqualTo(bobId);
        assertThat(after.path("last").path("state").asText()).isEqualTo("failed");
        assertThat(after.path("unread").asInt()).as("still not opened").isOne();
        JsonNode kept = HttpJson.get(restarted.httpAddress(), conversation, again).body();
        assertThat(kept.path("messages")).extracting(m -> m.path("text").asText(), m -> m.path("state").asText(),
                        m -> m.path("direction").asText())
                .containsExactly(tuple("are you there?", "failed", "out"), tuple("hi erin", "received", "in"),
                        tuple("hello bob", "delivered", "out"));
        assertThat(kept.path("messages")).extracting(m -> m.path("id").asLong(), m -> m.path("time").asText())
                .contains(tuple(unanswered.path("id").asLong(), unanswered.path("time").asText()),
                        tuple(hello.path("id").asLong(), hello.path("time").asText()));
        assertThat(kept.path("messages").get(2).path("attempts").asInt()).isPositive();
        assertThat(HttpJson.get(restarted.httpAddress(), "/api/v1/dms", again).body().path("conversations").get(0)
                .path("unread").asInt()).as("opened").isZero();
        JsonNode newest = HttpJson.get(restarted.httpAddress(), conversation + "?limit=2", again).body();
        assertThat(newest.path("count").asInt()).isEqualTo(2);
        long cursor = newest.path("next_before").asLong();
        assertThat(cursor).isEqualTo(newest.path("messages").get(1).path("id").asLong());
        JsonNode older = HttpJson.get(restarted.httpAddress(), conversation + "?limit=2&before=" + cursor, again).body();
        assertThat(older.path("messages")).extracting(m -> m.path("text").asText()).containsExactly("hello bob");
        assertThat(older.path("next_before").isNull()).isTrue();

        // Carol missed the account's advert of this run, so the first DM to her fails and the
        // account adverts again (see CompanionDirectMessagesIT); the second gets through.
        String carol = "/api/v1/dms/" + restarted.demoMesh().orElseThrow().companions().stream()
                .filter(c -> c.name().equals("carol")).findFirst().orElseThrow().identity().publicKey().hex();
        JsonNode later = send(second, restarted, carol, "hello carol", again);
        assertThat(later.path("id").asLong()).as("a new id after the restart").isGreaterThan(unanswered.path("id").asLong());
        second.advance(Duration.ofSeconds(60));
        send(second, restarted, carol, "hello again carol", again);
        second.advance(Duration.ofSeconds(60));
        assertThat(states(restarted, carol, again)).containsExactly(tuple("hello again carol", "delivered"),
                tuple("hello carol", "failed"));
        assertThat(HttpJson.get(restarted.httpAddress(), "/api/v1/dms", again).body().path("conversations"))
                .extracting(c -> c.path("node_id").asText()).containsExactly(carol.substring("/api/v1/dms/".length()), bobId);
        VirtualDemo.stop(restarted, second);
    }

    private static JsonNode send(ManualScheduler scheduler, MeshbridgeServer server, String conversation, String text,
                                 String token) throws Exception {
        HttpJson.Reply sent = pump(scheduler, HttpJson.sendAsync(server.httpAddress(), "POST", conversation,
                "{\"text\":\"" + text + "\"}", token));
        assertThat(sent.status()).as(sent.body().toString()).isEqualTo(201);
        assertThat(sent.body().path("state").asText()).isEqualTo("pending");
        return sent.body();
    }

    private static java.util.List<org.assertj.core.groups.Tuple> states(MeshbridgeServer server, String conversation,
                                                                         String token) throws Exception {
        return java.util.stream.StreamSupport.stream(HttpJson.get(server.httpAddress(), conversation, token).body()
                        .path("messages").spliterator(), false)
                .map(m -> tuple(m.path("text").asText(), m.path("state").asText())).toList();
    }

    /** Runs the scheduler in small virtual steps until the HTTP answer (which waits for it) arrives. */
    private static HttpJson.Reply pump(ManualScheduler scheduler, CompletableFuture<HttpJson.Reply> reply) throws Exception {
        for (int step = 0; step < 3000; step++) {
            scheduler.advance(Duration.ofMillis(10));
            try {
                return reply.get(10, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // the worker has not handed its task to the scheduler yet
            }
        }
        return reply.get(10, TimeUnit.SECONDS);
    }
}
