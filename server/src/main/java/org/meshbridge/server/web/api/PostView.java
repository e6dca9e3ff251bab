package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Locale;
import org.meshbridge.core.room.Post;

/**
 * A post as the API shows it: {@code text}, {@code author}, {@code time} (ISO-8601 UTC), the
 * room timestamp {@code ts} (the paging cursor), and where it came from ({@code rf},
 * {@code internet}, {@code channel}, {@code system}).
 */
@JsonPropertyOrder({"id", "room", "ts", "time", "author", "author_key", "origin", "text"})
public record PostView(long id, String room, long ts, String time, String author,
                       @JsonProperty("author_key") @JsonInclude(JsonInclude.Include.NON_NULL) String authorKey,
                       String origin, String text) {

    /** The view of {@code post}. */
    public static PostView of(Post post) {
        return of(post, id -> java.util.Optional.empty());
    }

    /**
     * The view of {@code post}, an RF author shown by the name its node advertises ({@code nodeNames}:
     * node id to name) rather than the key prefix the room stored.
     */
    public static PostView of(Post post, java.util.function.Function<String, java.util.Optional<String>> nodeNames) {
        String key = post.authorKey().map(k -> k.hex()).orElse(null);
        String author = post.origin() == org.meshbridge.core.room.PostOrigin.RF && key != null
                ? nodeNames.apply(key).filter(n -> !n.isBlank()).orElse(post.authorName()) : post.authorName();
        return new PostView(post.id(), post.room(), post.timestamp(), Instant.ofEpochSecond(post.timestamp()).toString(),
                author, key, post.origin().name().toLowerCase(Locale.ROOT), post.text());
    }
}
