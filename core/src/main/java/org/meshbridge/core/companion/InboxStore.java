package org.meshbridge.core.companion;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Where the companions' inboxes are kept across restarts (the server's database). Each account's
 * messages have increasing sequence numbers; the inbox appends every message it queues and forgets
 * those no session will read any more (read by the apps, or dropped past
 * {@link VirtualCompanions#INBOX_CAPACITY}), so at most that many per account are kept.
 *
 * <p>{@link #load} blocks (a database read) and is called once when an account's companion opens;
 * {@link #append} and {@link #forgetBefore} must not block (they are called on the scheduler thread)
 * and complete when durable. Implementations are thread-safe.
 */
public interface InboxStore {

    /** A kept message and its sequence number. */
    record Saved(long seq, InboxMessage message) {
        public Saved {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The messages kept for {@code account}, oldest first. */
    List<Saved> load(String account);

    /** Keeps {@code message} as {@code account}'s message number {@code seq}. */
    CompletionStage<Void> append(String account, long seq, InboxMessage message);

    /** Forgets {@code account}'s messages numbered below {@code seq}. */
    CompletionStage<Void> forgetBefore(String account, long seq);
}
