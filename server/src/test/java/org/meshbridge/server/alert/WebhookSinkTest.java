package org.meshbridge.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.server.config.WebhookSettings;

/** Webhook delivery against a real local HTTP receiver: signatures, retries, permanent failures, the bounded queue. */
class WebhookSinkTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";
    private static final String BODY = "{\"schema\":1,\"kind\":\"node_silent\",\"node_id\":\"ab\"}";

    private final List<AutoCloseable> closers = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closers) {
            c.close();
        }
    }

    @Test
    void postsTheJsonSignedWithHmacSha256OfTheExactBody() throws Exception {
        RecordingReceiver receiver = receiver();
        WebhookSink sink = sink(settings(receiver.url("/hooks/mesh"), 3));

        boolean delivered = sink.offer("node_silent", BODY).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(delivered).isTrue();
        RecordingReceiver.Request request = receiver.next();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/mesh");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header(WebhookSink.EVENT_HEADER)).isEqualTo("node_silent");
        assertThat(request.header(WebhookSignature.HEADER)).isEqualTo("sha256=" + hmacHex(SECRET, request.body()));
        assertThat(new WebhookSignature(SECRET).verify(request.body(), request.header(WebhookSignature.HEADER))).isTrue();
        assertThat(new WebhookSignature("another-secret-entirely").verify(request.body(),
                request.header(WebhookSignature.HEADER))).isFalse();
        assertThat(sink.stats()).isEqualTo(new WebhookStats(1, 0, 0, 0, 0));
    }

    @Test
    void aReceiverThatFailsFirstGetsTheSameDeliveryAgainAndAcceptsIt() throws Exception {
        RecordingReceiver receiver = receiver().answering(503, 500);
        WebhookSink sink = sink(settings(receiver.url("/"), 5));

        assertThat(sink.offer("node_recovered", BODY).toCompletableFuture().get(10, TimeUnit.SECONDS)).isTrue();

        List<RecordingReceiver.Request> attempts = List.of(receiver.next(), receiver.next(), receiver.next());
        assertThat(attempts).extracting(r -> r.header(WebhookSink.DELIVERY_HEADER)).containsOnly(
                attempts.get(0).header(WebhookSink.DELIVERY_HEADER));
        assertThat(attempts).extracting(r -> new String(r.body(), StandardCharsets.UTF_8)).containsOnly(BODY);
        assertThat(receiver.remaining()).isEmpty();
        assertThat(sink.stats()).isEqualTo(new WebhookStats(1, 0, 0, 2, 0));
    }

    @Test
    void givesUpAfterMaxAttemptsAndGoesOnWithTheNextAlert() throws Exception {
        RecordingReceiver receiver = receiver().answering(500, 502);
        WebhookSink sink = sink(settings(receiver.url("/"), 2));

        CompletableFuture<Boolean> first = sink.offer("node_silent", BODY).toCompletableFuture();
        CompletableFuture<Boolean> second = sink.offer("node_recovered", "{}").toCompletableFuture();

        assertThat(first.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(receiver.next(), receiver.next(), receiver.next()))
                .extracting(r -> r.header(WebhookSink.EVENT_HEADER))
                .containsExactly("node_silent", "node_silent", "node_recovered");
        assertThat(sink.stats()).isEqualTo(new WebhookStats(1, 1, 0, 1, 0));
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        RecordingReceiver receiver = receiver().answering(401);
        WebhookSink sink = sink(settings(receiver.url("/"), 5));

        assertThat(sink.offer("node_silent", BODY).toCompletableFuture().get(10, TimeUnit.SECONDS)).isFalse();

        receiver.next();
        assertThat(sink.stats()).isEqualTo(new WebhookStats(0, 1, 0, 0, 0));
        assertThat(receiver.remaining()).isEmpty();
    }

    @Test
    void anUnreachableReceiverIsRetriedThenGivenUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WebhookSink sink = sink(settings(URI.create("http://127.0.0.1:" + closedPort + "/"), 3));

        assertThat(sink.offer("node_silent", BODY).toCompletableFuture().get(30, TimeUnit.SECONDS)).isFalse();

        assertThat(sink.stats()).isEqualTo(new WebhookStats(0, 1, 0, 2, 0));
    }

    @Test
    void aFullQueueDropsTheOldestWaitingAlertAndKeepsTheOrderOfTheRest() throws Exception {
        RecordingReceiver receiver = receiver();
        receiver.hold();
        WebhookSettings base = settings(receiver.url("/"), 1);
        WebhookSink sink = sink(new WebhookSettings(base.url(), SECRET, 1, base.firstRetry(), base.maxRetry(),
                base.timeout(), 2));

        CompletableFuture<Boolean> inFlight = sink.offer("a", "{\"n\":1}").toCompletableFuture();
        receiver.next();
        CompletableFuture<Boolean> oldest = sink.offer("b", "{\"n\":2}").toCompletableFuture();
        CompletableFuture<Boolean> kept1 = sink.offer("c", "{\"n\":3}").toCompletableFuture();
        CompletableFuture<Boolean> kept2 = sink.offer("d", "{\"n\":4}").toCompletableFuture();

        assertThat(oldest.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(sink.stats().dropped()).isEqualTo(1);
        assertThat(sink.stats().queued()).isEqualTo(3);
        receiver.release();
        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kept1.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kept2.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(receiver.next(), receiver.next())).extracting(r -> r.header(WebhookSink.EVENT_HEADER))
                .containsExactly("c", "d");
        assertThat(sink.stats()).isEqualTo(new WebhookStats(3, 0, 1, 0, 0));
    }

    @Test
    void offersAfterCloseAreRefused() throws Exception {
        RecordingReceiver receiver = receiver();
        WebhookSink sink = new WebhookSink(settings(receiver.url("/"), 1));
        sink.close();

        assertThat(sink.offer("node_silent", BODY).toCompletableFuture().get(1, TimeUnit.SECONDS)).isFalse();
        assertThat(receiver.remaining()).isEmpty();
    }

    @Test
    void signatureMatchesRfc4231TestCase2() {
        // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?"
        assertThat(new WebhookSignature("Jefe").sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void backoffDoublesFromTheFirstWaitUpToTheCap() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(20));

        assertThat(List.of(1, 2, 3, 4, 5, 60)).extracting(backoff::afterAttempt).containsExactly(Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(20),
                Duration.ofSeconds(20));
    }

    private RecordingReceiver receiver() throws IOException {
        RecordingReceiver receiver = new RecordingReceiver();
        closers.add(receiver);
        return receiver;
    }

    private WebhookSink sink(WebhookSettings settings) {
        WebhookSink sink = new WebhookSink(settings);
        closers.add(0, sink);
        return sink;
    }

    /** Retries after 10 ms, so the test does not wait the production backoff; nothing asserts on time. */
    private static WebhookSettings settings(URI url, int attempts) {
        return new WebhookSettings(url, SECRET, attempts, Duration.ofMillis(10), Duration.ofMillis(40),
                Duration.ofSeconds(5), 100);
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
