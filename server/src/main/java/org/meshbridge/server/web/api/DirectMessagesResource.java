package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.meshbridge.server.accounts.Principal;
import org.meshbridge.server.web.HttpCall;
import org.meshbridge.server.web.HttpProblem;
import org.meshbridge.server.web.JsonBodies;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.auth.Authenticator;
import org.meshbridge.server.web.auth.RequestLimits;

/**
 * Direct messages with mesh nodes through the account's own mesh identity:
 * {@code GET /api/v1/dms} (conversations), {@code GET|POST /api/v1/dms/{node_id}} (a page of
 * messages, {@code before} a message id to page back). Delivery and ACK state changes follow as
 * {@code delivery} events on {@code /ws}.
 */
public final class DirectMessagesResource {

    public static final String CONVERSATIONS = "/api/v1/dms";
    public static final String MESSAGES = "/api/v1/dms/{node_id}";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-f]{64}");

    /** {@code GET /api/v1/dms}. */
    @JsonPropertyOrder({"max_text_bytes", "conversations"})
    public record ConversationList(@JsonProperty("max_text_bytes") int maxTextBytes,
                                   List<DirectMessages.Conversation> conversations) {
    }

    /** {@code GET /api/v1/dms/{node_id}}, newest first; {@code next_before} pages back when there may be more. */
    @JsonPropertyOrder({"node_id", "count", "messages", "next_before"})
    public record MessageList(@JsonProperty("node_id") String nodeId, int count, List<DmView> messages,
                              @JsonProperty("next_before") @JsonInclude(JsonInclude.Include.ALWAYS) Long nextBefore) {
    }

    /** {@code POST /api/v1/dms/{node_id}}: {@code {"text": "..."}}. */
    public record NewMessage(String text) {
    }

    private final DirectMessages dms;
    private final Authenticator auth;
    private final RequestLimits limits;

    public DirectMessagesResource(DirectMessages dms, Authenticator auth, RequestLimits limits) {
        this.dms = Objects.requireNonNull(dms, "dms");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public List<Route> routes() {
        return List.of(
                auth.route(CONVERSATIONS, Set.of(HttpMethod.GET), (call, who) -> {
                    available();
                    return JsonResponse.ok(new ConversationList(dms.maxTextBytes(), dms.conversations(who.name())));
                }),
                auth.route(MESSAGES, Set.of(HttpMethod.GET, HttpMethod.POST), this::messages));
    }

    private JsonResponse messages(HttpCall call, Principal who) {
        String nodeId = call.pathParam("node_id");
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw HttpProblem.badRequest("node_id must be a public key: 64 lowercase hex digits");
        }
        available();
        if (call.request().method().equals(HttpMethod.POST)) {
            return send(call, who, nodeId);
        }
        QueryParams query = new QueryParams(call.query());
        long before = query.number("before", 1, Long.MAX_VALUE).orElse(Long.MAX_VALUE);
        int limit = (int) query.number("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        List<DmView> found = dms.messages(who.name(), nodeId, before, limit).orElseThrow(() -> new HttpProblem(
                HttpResponseStatus.NOT_FOUND, "not_found", "no node " + nodeId + " has been heard"));
        Long nextBefore = found.size() == limit ? found.get(found.size() - 1).id() : null;
        return JsonResponse.ok(new MessageList(nodeId, found.size(), found, nextBefore));
    }

    private JsonResponse send(HttpCall call, Principal who, String nodeId) {
        NewMessage body = JsonBodies.read(call, NewMessage.class);
        if (body.text() == null || body.text().isBlank()) {
            throw HttpProblem.badRequest("send {\"text\": \"...\"} with some text");
        }
        limits.checkPost(call, who);
        int bytes = body.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > dms.maxTextBytes()) {
            throw HttpProblem.badRequest("a direct message carries at most " + dms.maxTextBytes() + " bytes; this has "
                    + bytes);
        }
        try {
            DmView sent = dms.send(who.name(), nodeId, body.text()).toCompletableFuture()
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new JsonResponse(HttpResponseStatus.CREATED, sent, Map.of());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw HttpProblem.badRequest(bad.getMessage());
            }
            throw new IllegalStateException("sending a direct message failed", e.getCause());
        } catch (TimeoutException e) {
            throw RoomsResource.unavailable("the message was not queued within " + SEND_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RoomsResource.unavailable("the server is stopping");
        }
    }

    private void available() {
        if (!dms.available()) {
            throw RoomsResource.unavailable("direct messages are not available yet (the mesh node is starting)");
        }
    }
}
