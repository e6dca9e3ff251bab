package org.meshbridge.server.store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.meshbridge.core.room.PostOrigin;

/**
 * The process the SIGKILL test kills: opens the store at {@code args[0]} and appends posts to
 * room {@value #ROOM} from {@code args[1]} caller threads as fast as it can, each waiting for
 * its stage like a room waiting to ACK. As soon as a stage completes it prints one line
 * {@code ACK <id> <timestamp>}. It never stops by itself.
 */
public final class AppendingChild {

    static final String ROOM = "lobby";

    private AppendingChild() {
    }

    /** The text of the post at {@code timestamp}: varied length and non-ASCII, so a torn write would show. */
    static String textFor(long timestamp) {
        return "post " + timestamp + " ☁️ " + "é".repeat((int) (timestamp % 97)) + " end " + timestamp;
    }

    public static void main(String[] args) {
        String url = args[0];
        int callers = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Storage storage = Stores.open(url);
        AtomicLong timestamps = new AtomicLong(1_700_000_000L);
        for (int i = 0; i < callers; i++) {
            Thread caller = new Thread(() -> {
                while (true) {
                    long ts = timestamps.incrementAndGet();
                    PostDraft draft = new PostDraft(ROOM, ts, Optional.empty(), "child", PostOrigin.INTERNET, textFor(ts));
                    Post post = storage.posts().append(draft).toCompletableFuture().join();
                    out.println("ACK " + post.id() + " " + post.timestamp());
                }
            }, "caller-" + i);
            caller.start();
        }
    }
}
