package org.meshbridge.server.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One text message encoded once (UTF-8) for sending to many {@link WebSocketSession}s: each send
 * writes a retained view of the same bytes, so fan-out copies no text and encodes nothing again.
 * The creator owns one reference and must {@link #close()} it once it has handed the message to
 * every session; sends in flight hold their own references.
 */
public final class SharedText implements AutoCloseable {

    private final ByteBuf utf8;

    private SharedText(ByteBuf utf8) {
        this.utf8 = utf8;
    }

    /** A message of {@code utf8}, which must be valid UTF-8 text (not copied: do not change it). */
    public static SharedText ofUtf8(byte[] utf8) {
        return new SharedText(Unpooled.wrappedBuffer(Objects.requireNonNull(utf8, "utf8")));
    }

    /** A message of {@code text}. */
    public static SharedText of(String text) {
        return ofUtf8(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The encoded size in bytes. */
    public int size() {
        return utf8.readableBytes();
    }

    /** The text (for logs and tests; decodes a copy). */
    @Override
    public String toString() {
        return utf8.toString(StandardCharsets.UTF_8);
    }

    /** Takes one more reference, for a task that will send this later; {@link #close()} it after. */
    public SharedText retain() {
        utf8.retain();
        return this;
    }

    /** A view for one send, holding its own reference that the write releases. */
    ByteBuf retainedView() {
        return utf8.retainedDuplicate();
    }

    /** Gives up the caller's reference. */
    @Override
    public void close() {
        utf8.release();
    }
}
