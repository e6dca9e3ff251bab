package org.meshbridge.server.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.meshbridge.server.web.api.DmStore;

/**
 * An open database: its post store, its access-list store, its account store, the MQTT outbox, the
 * node registries, the web direct messages, and the writer thread and read pool they share.
 * Closing it (or its post store) commits everything queued, then releases the connections.
 */
public final class Storage implements AutoCloseable {

    private final Dialect dialect;
    private final int schemaVersion;
    private final GroupCommitWriter writer;
    private final ReadPool reads;
    private final JdbcPostStore posts;
    private final JdbcAclStore acl;
    private final JdbcReadMarkers readMarkers;
    private final JdbcAccountStore accounts;
    private final JdbcInboxStore inboxes;
    private final JdbcChannelSlotStore channelSlots;
    private final JdbcOutboxStore outbox;
    private final JdbcDmStore directMessages;
    private final AtomicBoolean closed = new AtomicBoolean();

    Storage(Dialect dialect, int schemaVersion, GroupCommitWriter writer, ReadPool reads) {
        this.dialect = dialect;
        this.schemaVersion = schemaVersion;
        this.writer = writer;
        this.reads = reads;
        this.posts = new JdbcPostStore(writer, reads, this::close);
        this.acl = new JdbcAclStore(writer);
        this.readMarkers = new JdbcReadMarkers(writer, reads);
        this.accounts = new JdbcAccountStore(writer, reads);
        this.inboxes = new JdbcInboxStore(writer, reads);
        this.channelSlots = new JdbcChannelSlotStore(writer, reads);
        this.outbox = new JdbcOutboxStore(writer);
        this.directMessages = new JdbcDmStore(writer, reads, DmStore.Bounds.DEFAULT);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The schema version the database is at (the newest this code knows). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public JdbcPostStore posts() {
        return posts;
    }

    public JdbcAclStore acl() {
        return acl;
    }

    /** The web accounts' read markers (unread counts). */
    public JdbcReadMarkers readMarkers() {
        return readMarkers;
    }

    /** The companions' unread messages (loads block, writes go through the writer). */
    public JdbcInboxStore inboxes() {
        return inboxes;
    }

    /** The channel slots companion apps set for their accounts. */
    public JdbcChannelSlotStore channelSlots() {
        return channelSlots;
    }

    /** Accounts and sessions; blocking, see {@link JdbcAccountStore}. */
    public JdbcAccountStore accounts() {
        return accounts;
    }

    /** The MQTT bridge's outbox. */
    public JdbcOutboxStore outbox() {
        return outbox;
    }

    /**
     * The node registry kept for the bridge with public key {@code bridge} (lowercase hex): loads
     * block, saves go through the writer. Each call gives a store of its own (with its own failure count).
     */
    public JdbcNodeStore nodes(String bridge) {
        return new JdbcNodeStore(writer, reads, bridge);
    }

    /** The web accounts' direct-message conversations, with the default bounds. */
    public JdbcDmStore directMessages() {
        return directMessages;
    }

    /** Appends waiting for the writer: a health figure; near {@link StoreOptions#maxQueuedPosts()} means overload. */
    public int queuedPosts() {
        return writer.queuedAppends();
    }

    /**
     * Waits until every append queued before the call is committed and its stage completed: two
     * empty jobs in turn, as the first may share a batch with those appends. For tests on virtual
     * time and for an orderly stop; not on the writer thread.
     */
    public void drain() {
        writer.await(statements -> null);
        writer.await(statements -> null);
    }

    /**
     * Returns at once when no write is outstanding, else {@link #drain drains}: cheap enough for a
     * test on virtual time to call after every scheduler task.
     */
    public void settle() {
        if (!closed.get() && writer.unfinished() > 0) {
            drain();
        }
    }

    /** The writer thread, for tests that hold it still. */
    GroupCommitWriter writer() {
        return writer;
    }

    /** The read pool, for tests that build a store of their own on this database. */
    ReadPool reads() {
        return reads;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            // Readers first: SQLite folds the WAL into the database file when the last connection
            // closes, and only the writer's connection may do that.
            reads.close();
            writer.close();
        }
    }
}
