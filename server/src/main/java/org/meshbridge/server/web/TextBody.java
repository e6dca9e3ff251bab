package org.meshbridge.server.web;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A response body that is already text in its own format (e.g. Prometheus exposition on
 * {@code /metrics}): {@link JsonResponseWriter} writes it as is, with {@code contentType},
 * instead of serialising it to JSON.
 *
 * @param contentType the {@code Content-Type} header, charset included
 * @param text the body
 */
public record TextBody(String contentType, String text) {

    public TextBody {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(text, "text");
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
