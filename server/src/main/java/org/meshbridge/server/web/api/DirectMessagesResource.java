package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.PathTemplate;
import org.meshbridge.server.web.Route;

/**
 * Direct messages with mesh nodes through the account's own mesh identity:
 * {@code GET /api/v1/dms} (conversations), {@code GET|POST /api/v1/dms/{node_id}}. Delivery and
 * ACK state changes follow as {@code delivery} events on {@code /ws}.
 */
public final class DirectMessagesResource {

    public static final String CONVERSATIONS = "/api/v1/dms";
    public static final String MESSAGES = "/api/v1/dms/{node_id}";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-f]{64}");
    private static final PathTemplate MESSAGES_PATH = PathTemplate.of(MESSAGES);

    /** {@code GET /api/v1/dms}. */
    @JsonPropertyOrder({"max_text_bytes", "conversations"})
    public record ConversationList(@JsonProperty("max_text_bytes") int maxTextBytes,
                                   List<DirectMessages.Conversation> conversations) {
    }

    /** {@code GET /api/v1/dms/{node_id}}. */
    @JsonPropertyOrder({"node_id", "count", "messages"})
    public record MessageList(@JsonProperty("node_id") String nodeId, int count, List<DmView> messages) {
    }

    private final DirectMessages dms;
    private final Guard guard;

    public DirectMessagesResource(DirectMessages dms, Authenticator authenticator) {
        this.dms = Objects.requireNonNull(dms, "dms");
        this.guard = new Guard(authenticator);
    }

    public List<Route> routes() {
        return List.of(
                Route.get(CONVERSATIONS, guard.signedIn((caller, request) -> Guard.done(!dms.available() ? unavailable()
                        : JsonResponse.ok(new ConversationList(dms.maxTextBytes(), dms.conversations(caller.account())))))),
                new Route(MESSAGES, Set.of(HttpMethod.GET, HttpMethod.POST), guard.signedIn(this::messages)));
    }

    private CompletionStage<JsonResponse> messages(Caller caller, ApiRequest request) throws BadRequestException {
        String nodeId = MESSAGES_PATH.values(request.path()).get("node_id");
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new BadRequestException("node_id must be a public key: 64 lowercase hex digits");
        }
        if (!dms.available()) {
            return Guard.done(unavailable());
        }
        if (request.method().equals(HttpMethod.POST)) {
            return send(caller, nodeId, request);
        }
        int limit = (int) request.query().number("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        Optional<List<DmView>> found = dms.messages(caller.account(), nodeId, limit);
        return Guard.done(found.map(m -> JsonResponse.ok(new MessageList(nodeId, m.size(), m)))
                .orElseGet(() -> Guard.notFound("no node " + nodeId + " has been heard")));
    }

    private CompletionStage<JsonResponse> send(Caller caller, String nodeId, ApiRequest request)
            throws BadRequestException {
        String text = JsonBodies.text(JsonBodies.object(request.body(), Set.of("text")), "text");
        if (text.isBlank()) {
            throw new BadRequestException("text must not be blank");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > dms.maxTextBytes()) {
            throw new BadRequestException("a direct message carries at most " + dms.maxTextBytes() + " bytes; this has "
                    + bytes);
        }
        return dms.send(caller.account(), nodeId, text).handle((sent, failure) -> {
            if (failure == null) {
                return new JsonResponse(HttpResponseStatus.CREATED, sent, Map.of());
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof IllegalArgumentException) {
                return Guard.badRequest(cause.getMessage());
            }
            throw new CompletionException(cause);
        });
    }

    private static JsonResponse unavailable() {
        return Guard.unavailable("direct messages are not available in this run (no mesh identity per account)");
    }
}
