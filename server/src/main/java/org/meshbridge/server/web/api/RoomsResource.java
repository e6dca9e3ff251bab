package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.Room;
import org.meshbridge.core.room.Rooms;
import org.meshbridge.server.accounts.Principal;
import org.meshbridge.server.store.JdbcReadMarkers;
import org.meshbridge.server.store.StoreOverloadedException;
import org.meshbridge.server.web.HttpCall;
import org.meshbridge.server.web.HttpProblem;
import org.meshbridge.server.web.JsonBodies;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;
import org.meshbridge.server.web.auth.Authenticator;
import org.meshbridge.server.web.auth.RequestLimits;

/**
 * Rooms and their posts for signed-in accounts: {@code GET /api/v1/rooms} (with unread counts
 * from the account's read markers), {@code GET|POST /api/v1/rooms/{room}/posts} (paging by the
 * room timestamp {@code ts}; posting through {@link Rooms#post}, which splits long posts for RF),
 * and {@code POST /api/v1/rooms/{room}/read}. Rooms the caller may not read answer 404, as if
 * they did not exist. Handlers run on the authenticator's workers and may block.
 */
public final class RoomsResource {

    public static final String ROOMS = "/api/v1/rooms";
    public static final String POSTS = "/api/v1/rooms/{room}/posts";
    public static final String READ = "/api/v1/rooms/{room}/read";
    /** Posts per page without {@code limit}, and the most one page may have. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** How long a post may wait for the store before the client is told to retry. */
    static final Duration POST_TIMEOUT = Duration.ofSeconds(10);
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

    /** {@code POST .../posts}: {@code {"text": "..."}}. */
    public record NewPost(String text) {
    }

    /** {@code POST .../read}: {@code {"ts": 1732540000}}. */
    public record ReadUpTo(Long ts) {
    }

    /** The answer to a post: the stored post and the RF messages it takes. */
    @JsonPropertyOrder({"post", "rf_parts", "on_air"})
    public record Posted(PostView post, @JsonProperty("rf_parts") int rfParts, @JsonProperty("on_air") boolean onAir) {
    }

    /** The answer to marking read. */
    public record Marked(String room, long ts) {
    }

    private final Supplier<Optional<Rooms>> rooms;
    private final Map<String, RoomInfo> catalog = new LinkedHashMap<>();
    private final PostStore posts;
    private final JdbcReadMarkers markers;
    private final Authenticator auth;
    private final java.util.function.Function<String, Optional<String>> nodeNames;
    private final RequestLimits limits;

    /**
     * @param rooms the hosted rooms (empty until the core has opened them: 503)
     * @param catalog every room and channel
     * @param nodeNames an RF author's advertised name by node id
     */
    public RoomsResource(Supplier<Optional<Rooms>> rooms, List<RoomInfo> catalog, PostStore posts,
                         JdbcReadMarkers markers, java.util.function.Function<String, Optional<String>> nodeNames,
                         Authenticator auth, RequestLimits limits) {
        this.nodeNames = Objects.requireNonNull(nodeNames, "nodeNames");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        catalog.forEach(info -> this.catalog.put(info.name(), info));
        this.posts = Objects.requireNonNull(posts, "posts");
        this.markers = Objects.requireNonNull(markers, "markers");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The routes. */
    public List<Route> routes() {
        return List.of(
                auth.route(ROOMS, Set.of(HttpMethod.GET), (call, who) -> list(who)),
                auth.route(POSTS, Set.of(HttpMethod.GET, HttpMethod.POST), this::posts),
                auth.route(READ, Set.of(HttpMethod.POST), this::markRead));
    }

    private JsonResponse list(Principal who) {
        open();
        Map<String, Long> read = markers.markers(who.name());
        List<RoomEntry> entries = new ArrayList<>();
        for (RoomInfo info : catalog.values()) {
            if (who.canRead(info.name())) {
                int unread = markers.unread(info.name(), read.getOrDefault(info.name(), 0L));
                entries.add(new RoomEntry(info.name(), info.kind().name().toLowerCase(Locale.ROOT), info.onAir(),
                        who.canPost(info.name()), unread, info.rfTextBytes(who.name()), info.rfMessageBytes(),
                        Room.MAX_POST_BYTES));
            }
        }
        return JsonResponse.ok(new RoomList(entries));
    }

    private JsonResponse posts(HttpCall call, Principal who) {
        RoomInfo info = readable(who, call.pathParam("room"));
        Rooms open = open();
        if (call.request().method().equals(HttpMethod.POST)) {
            return post(call, who, info, open);
        }
        return page(info.name(), new QueryParams(call.query()));
    }

    private JsonResponse page(String room, QueryParams query) {
        OptionalLong before = query.number("before", 0, MAX_TS + 1);
        OptionalLong after = query.number("after", 0, MAX_TS);
        int limit = (int) query.number("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        if (before.isPresent() && after.isPresent()) {
            throw HttpProblem.badRequest("give before or after, not both");
        }
        List<Post> found;
        if (after.isPresent()) {
            found = new ArrayList<>(posts.after(room, after.getAsLong(), limit));
            Collections.reverse(found);
        } else if (before.isPresent()) {
            found = posts.before(room, before.getAsLong(), limit);
        } else {
            found = posts.latest(room, limit);
        }
        List<PostView> views = found.stream().map(p -> PostView.of(p, nodeNames)).toList();
        Long nextBefore = after.isEmpty() && views.size() == limit ? views.get(views.size() - 1).ts() : null;
        return JsonResponse.ok(new PostPage(room, views.size(), views, nextBefore));
    }

    private JsonResponse post(HttpCall call, Principal who, RoomInfo info, Rooms open) {
        if (!who.canPost(info.name())) {
            throw Authenticator.forbidden("account " + who.name() + " may not post to " + info.name());
        }
        NewPost body = JsonBodies.read(call, NewPost.class);
        if (body.text() == null || body.text().isBlank()) {
            throw HttpProblem.badRequest("send {\"text\": \"...\"} with some text");
        }
        limits.checkPost(call, who);
        Post post;
        try {
            post = open.post(info.name(), who.name(), body.text()).toCompletableFuture()
                    .get(POST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw HttpProblem.badRequest(bad.getMessage());
            }
            if (e.getCause() instanceof StoreOverloadedException) {
                throw unavailable("the store is busy; try again in a moment");
            }
            throw new IllegalStateException("posting to " + info.name() + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw unavailable("the post was not stored within " + POST_TIMEOUT.toSeconds() + " s; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("the server is stopping");
        }
        markers.markRead(who.name(), info.name(), post.timestamp());
        Posted posted = new Posted(PostView.of(post), info.rfParts(who.name(), body.text()), info.onAir());
        return new JsonResponse(HttpResponseStatus.CREATED, posted, Map.of());
    }

    private JsonResponse markRead(HttpCall call, Principal who) {
        RoomInfo info = readable(who, call.pathParam("room"));
        ReadUpTo body = JsonBodies.read(call, ReadUpTo.class);
        if (body.ts() == null || body.ts() < 0 || body.ts() > MAX_TS) {
            throw HttpProblem.badRequest("send {\"ts\": N} with the newest post timestamp read, 0.." + MAX_TS);
        }
        markers.markRead(who.name(), info.name(), body.ts()).join();
        return JsonResponse.ok(new Marked(info.name(), body.ts()));
    }

    private RoomInfo readable(Principal who, String room) {
        RoomInfo info = catalog.get(room);
        if (info == null || !who.canRead(room)) {
            throw new HttpProblem(HttpResponseStatus.NOT_FOUND, "not_found", "no room named " + room);
        }
        return info;
    }

    private Rooms open() {
        return rooms.get().orElseThrow(() -> unavailable("the rooms are not open yet"));
    }

    static HttpProblem unavailable(String message) {
        return new HttpProblem(HttpResponseStatus.SERVICE_UNAVAILABLE, "unavailable", message);
    }
}
