package org.meshbridge.core.companion;

import java.util.Objects;
import java.util.Optional;

/**
 * One connected app of an account (a TCP connection, a browser tab): its own read cursor over the
 * account's {@link VirtualCompanion} inbox. Every method runs on the node's scheduler thread.
 */
public final class CompanionSession implements AutoCloseable {

    private final VirtualCompanion companion;
    private final Inbox inbox;
    private final SessionListener listener;
    /** The next inbox sequence number this session reads; owned by {@link Inbox}. */
    long cursor;
    private boolean open = true;

    CompanionSession(VirtualCompanion companion, Inbox inbox, SessionListener listener) {
        this.companion = companion;
        this.inbox = inbox;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public VirtualCompanion companion() {
        return companion;
    }

    /** The next unread message ({@code CMD_SYNC_NEXT_MESSAGE}); empty when none is waiting or the session is closed. */
    public Optional<InboxMessage> next() {
        return open ? inbox.next(this) : Optional.empty();
    }

    /** How many messages this session has not read. */
    public int waiting() {
        return open ? inbox.waiting(this) : 0;
    }

    public boolean isOpen() {
        return open;
    }

    /** Ends the session; the other sessions of the account are not affected. */
    @Override
    public void close() {
        if (open) {
            open = false;
            companion.detach(this);
        }
    }

    void messageWaiting() {
        listener.onMessageWaiting();
    }

    void nodeHeard(CompanionContact contact) {
        listener.onNodeHeard(contact);
    }
}
