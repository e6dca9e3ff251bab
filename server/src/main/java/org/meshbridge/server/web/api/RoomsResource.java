package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.server.store.JdbcReadMarkers;
import org.meshbridge.server.store.StoreOverloadedException;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.PathTemplate;
import org.meshbridge.server.web.Route;

/**
 * Rooms and their posts for signed-in accounts: {@code GET /api/v1/rooms} (with unread counts
 * from the account's read markers), {@code GET|POST /api/v1/rooms/{room}/posts} (paging by the
 * room timestamp {@code ts}; posting through {@link Rooms#post}, which splits long posts for RF),
 * and {@code POST /api/v1/rooms/{room}/read}. Rooms the caller may not read are invisible (404).
 */
public final class RoomsResource {

    public static final String ROOMS = "/api/v1/rooms";
    public static final String POSTS = "/api/v1/rooms/{room}/posts";
    public static final String READ = "/api/v1/rooms/{room}/read";
    /** Posts per page without {@code limit}, and the most one page may have. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Room timestamps are u32 epoch seconds. */
    static final long MAX_TS = 0xFFFF_FFFFL;

    /** One room in the list. */
    @JsonPropertyOrder({"name", "kind", "on_air", "can_post", "unread", "rf_text_bytes", "rf_message_bytes",
        "max_post_bytes"})
    public record RoomEntry(String name, String kind, @JsonProperty("on_air") boolean onAir,
                            @JsonProperty("can_post") boolean canPost, int unread,
                            @JsonProperty("rf_text_bytes") int rfTextBytes,
                            @JsonProperty("rf_message_bytes") int rfMessageBytes,
                            @JsonProperty("max_post_bytes") int maxPostBytes) {
    }

    /** {@code GET /api/v1/rooms}. */
    public record RoomList(List<RoomEntry> rooms) {
    }

    /** A page of posts, newest first; {@code next_before} pages back when there may be more. */
    @JsonPropertyOrder({"room", "count", "posts", "next_before"})
    public record PostPage(String room, int count, List<PostView> posts,
                           @JsonProperty("next_before") @JsonInclude(JsonInclude.Include.ALWAYS) Long nextBefore) {
    }

    /** The answer to a post: the stored post and the RF messages it takes. */
    @JsonPropertyOrder({"post", "rf_parts", "on_air"})
    public record Posted(PostView post, @JsonProperty("rf_parts") int rfParts, @JsonProperty("on_air") boolean onAir) {
    }

    /** The answer to marking read. */
    public record Marked(String room, long ts) {
    }

    private static final PathTemplate POSTS_PATH = PathTemplate.of(POSTS);
    private static final PathTemplate READ_PATH = PathTemplate.of(READ);

    private final Supplier<Optional<Rooms>> rooms;
    private final Map<String, RoomInfo> catalog;
    private final PostStore posts;
    private final JdbcReadMarkers markers;
    private final Guard guard;

    /**
     * @param rooms the hosted rooms (empty until the core has opened them: 503)
     * @param catalog every room and channel by name
     */
    public RoomsResource(Supplier<Optional<Rooms>> rooms, List<RoomInfo> catalog, PostStore posts,
                         JdbcReadMarkers markers, Authenticator authenticator) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        Map<String, RoomInfo> byName = new java.util.LinkedHashMap<>();
        catalog.forEach(info -> byName.put(info.name(), info));
        this.catalog = byName;
        this.posts = Objects.requireNonNull(posts, "posts");
        this.markers = Objects.requireNonNull(markers, "markers");
        this.guard = new Guard(authenticator);
    }

    /** The routes. */
    public List<Route> routes() {
        return List.of(
                Route.get(ROOMS, guard.signedIn((caller, request) -> Guard.done(list(caller)))),
                new Route(POSTS, Set.of(HttpMethod.GET, HttpMethod.POST), guard.signedIn(this::posts)),
                new Route(READ, Set.of(HttpMethod.POST), guard.signedIn(this::markRead)));
    }

    private JsonResponse list(Caller caller) {
        if (rooms.get().isEmpty()) {
            return Guard.unavailable("the rooms are not open yet");
        }
        Map<String, Long> read = markers.markers(caller.account());
        List<RoomEntry> entries = new ArrayList<>();
        for (RoomInfo info : catalog.values()) {
            if (!caller.canRead(info.name())) {
                continue;
            }
            int unread = markers.unread(info.name(), read.getOrDefault(info.name(), 0L));
            entries.add(new RoomEntry(info.name(), info.kind().name().toLowerCase(java.util.Locale.ROOT), info.onAir(),
                    caller.canPost(info.name()), unread, info.rfTextBytes(caller.account()), info.rfMessageBytes(),
                    Room.MAX_POST_BYTES));
        }
        return JsonResponse.ok(new RoomList(entries));
    }

    private CompletionStage<JsonResponse> posts(Caller caller, ApiRequest request) throws BadRequestException {
        String room = POSTS_PATH.values(request.path()).get("room");
        Optional<RoomInfo> info = readable(caller, room);
        if (info.isEmpty()) {
            return Guard.done(Guard.notFound("no room named " + room));
        }
        Optional<Rooms> open = rooms.get();
        if (open.isEmpty()) {
            return Guard.done(Guard.unavailable("the rooms are not open yet"));
        }
        if (request.method().equals(HttpMethod.POST)) {
            return post(caller, info.get(), open.get(), request);
        }
        return Guard.done(page(room, request.query()));
    }

    private JsonResponse page(String room, QueryParams query) throws BadRequestException {
        OptionalLong before = query.number("before", 0, MAX_TS + 1);
        OptionalLong after = query.number("after", 0, MAX_TS);
        int limit = (int) query.number("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        if (before.isPresent() && after.isPresent()) {
            throw new BadRequestException("give before or after, not both");
        }
        List<Post> found;
        if (after.isPresent()) {
            found = new ArrayList<>(posts.after(room, after.getAsLong(), limit));
            java.util.Collections.reverse(found);
        } else if (before.isPresent()) {
            found = posts.before(room, before.getAsLong(), limit);
        } else {
            found = posts.latest(room, limit);
        }
        List<PostView> views = found.stream().map(PostView::of).toList();
        Long nextBefore = after.isEmpty() && views.size() == limit ? views.get(views.size() - 1).ts() : null;
        return JsonResponse.ok(new PostPage(room, views.size(), views, nextBefore));
    }

    private CompletionStage<JsonResponse> post(Caller caller, RoomInfo info, Rooms open, ApiRequest request)
            throws BadRequestException {
        if (!caller.canPost(info.name())) {
            return Guard.done(Guard.forbidden("account " + caller.account() + " may not post to " + info.name()));
        }
        JsonNode body = JsonBodies.object(request.body(), Set.of("text"));
        String text = JsonBodies.text(body, "text");
        if (text.isBlank()) {
            throw new BadRequestException("text must not be blank");
        }
        return open.post(info.name(), caller.account(), text).handle((post, failure) -> {
            if (failure == null) {
                markers.markRead(caller.account(), info.name(), post.timestamp());
                Posted posted = new Posted(PostView.of(post), info.rfParts(caller.account(), text), info.onAir());
                return new JsonResponse(HttpResponseStatus.CREATED, posted, Map.of());
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof IllegalArgumentException) {
                return Guard.badRequest(cause.getMessage());
            }
            if (cause instanceof StoreOverloadedException) {
                return Guard.unavailable("the store is busy; try again in a moment");
            }
            throw new CompletionException(cause);
        });
    }

    private CompletionStage<JsonResponse> markRead(Caller caller, ApiRequest request) throws BadRequestException {
        String room = READ_PATH.values(request.path()).get("room");
        if (readable(caller, room).isEmpty()) {
            return Guard.done(Guard.notFound("no room named " + room));
        }
        long ts = JsonBodies.number(JsonBodies.object(request.body(), Set.of("ts")), "ts", 0, MAX_TS);
        return markers.markRead(caller.account(), room, ts).thenApply(v -> JsonResponse.ok(new Marked(room, ts)));
    }

    private Optional<RoomInfo> readable(Caller caller, String room) {
        RoomInfo info = catalog.get(room);
        return info != null && caller.canRead(room) ? Optional.of(info) : Optional.empty();
    }
}
