package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.config.ServerSettings;
import org.meshbridge.server.net.ListenAddress;

/**
 * The demo makes one account with a random password each run and prints both in its banner;
 * signing in with them works over real HTTP, and the next run's password replaces the last.
 */
class DemoAccountIT {

    private static final Pattern CREDENTIALS = Pattern.compile("sign in as \"(\\w+)\" with password \"(\\w+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void theBannerNamesTheDemoAccountAndAFreshPasswordThatSignsIn() throws Exception {
        String firstPassword;
        try (Run first = new Run(dataDir)) {
            Matcher m = first.credentials();
            assertThat(m.group(1)).isEqualTo("demo");
            firstPassword = m.group(2);
            assertThat(firstPassword).hasSize(16);
            assertThat(first.login("demo", firstPassword).statusCode()).isEqualTo(200);
            assertThat(first.login("demo", "guessed password").statusCode()).isEqualTo(401);
        }
        try (Run second = new Run(dataDir)) {
            String secondPassword = second.credentials().group(2);
            assertThat(secondPassword).isNotEqualTo(firstPassword);
            assertThat(second.login("demo", firstPassword).statusCode()).isEqualTo(401);
            HttpResponse<String> ok = second.login("demo", secondPassword);
            assertThat(ok.statusCode()).isEqualTo(200);
            String token = JSON.readTree(ok.body()).get("token").asText();
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(second.uri("/api/v1/me"))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(me.body()).get("role").asText()).isEqualTo("member");
        }
    }

    private final class Run implements AutoCloseable {
        private final ManualScheduler scheduler = new ManualScheduler();
        private final MeshbridgeServer server;

        Run(Path dataDir) {
            server = MeshbridgeServer.start(Launch.demo(ServerSettings.plain(new ListenAddress("127.0.0.1", 0), false),
                    dataDir), new Environment(scheduler, new SplittableRandom(7), new SecureRandom()));
            scheduler.afterEachTask(server::settleStore);
            scheduler.advance(Duration.ofSeconds(1));
        }

        Matcher credentials() {
            String banner = String.join("\n", server.banner());
            Matcher m = CREDENTIALS.matcher(banner);
            assertThat(m.find()).as(banner).isTrue();
            return m;
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.httpAddress().getPort() + path);
        }

        HttpResponse<String> login(String user, String password) throws Exception {
            return http.send(HttpRequest.newBuilder(uri("/api/v1/auth/login")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("username", user, "password", password)))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            server.close();
            scheduler.runPending();
            assertThat(server.coreStopped()).isDone();
        }
    }
}
