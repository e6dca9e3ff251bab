package org.meshbridge.server.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.Rooms;

/**
 * {@code GET /api/v1/rooms/{room}/posts?limit=N}: a room's newest posts, newest first, read-only.
 * There is no authentication yet, so the server adds these routes only on a loopback listener.
 */
public final class RoomPostsEndpoint {

    /** The newest posts returned without {@code limit}. */
    public static final int DEFAULT_LIMIT = 50;

    /** One post: {@code text}, {@code author}, {@code time} (ISO-8601 UTC), and where it came from. */
    @JsonPropertyOrder({"id", "time", "author", "author_key", "origin", "text"})
    public record Entry(long id, String time, String author,
                        @JsonProperty("author_key") @JsonInclude(JsonInclude.Include.NON_NULL) String authorKey,
                        String origin, String text) {

        static Entry of(Post post) {
            return new Entry(post.id(), Instant.ofEpochSecond(post.timestamp()).toString(), post.authorName(),
                    post.authorKey().map(k -> k.hex()).orElse(null), post.origin().name().toLowerCase(java.util.Locale.ROOT),
                    post.text());
        }
    }

    /** The response body. */
    @JsonPropertyOrder({"room", "count", "posts"})
    public record Body(String room, int count, List<Entry> posts) {
    }

    private RoomPostsEndpoint() {
    }

    /** The path of {@code room}'s posts. */
    public static String path(String room) {
        return "/api/v1/rooms/" + room + "/posts";
    }

    /** A route for {@code room}, reading the store through {@code rooms} (empty until the rooms are open: 503). */
    public static Route route(String room, java.util.function.Supplier<Optional<Rooms>> rooms) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(rooms, "rooms");
        return Route.get(path(room), request -> {
            List<String> limits = new QueryStringDecoder(request.uri()).parameters().getOrDefault("limit", List.of());
            String problem = PacketsEndpoint.limitProblem(limits);
            if (problem != null) {
                return JsonResponse.error(HttpResponseStatus.BAD_REQUEST, "bad_request", problem);
            }
            Optional<Rooms> open = rooms.get();
            if (open.isEmpty()) {
                return JsonResponse.error(HttpResponseStatus.SERVICE_UNAVAILABLE, "starting", "the rooms are not open yet");
            }
            int limit = limits.isEmpty() ? DEFAULT_LIMIT : Integer.parseInt(limits.get(0));
            List<Entry> posts = open.get().latest(room, limit).stream().map(Entry::of).toList();
            return JsonResponse.ok(new Body(room, posts.size(), posts));
        });
    }
}
