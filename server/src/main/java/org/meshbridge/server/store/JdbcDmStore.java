package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.server.web.api.DmStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web accounts' direct messages in the database (table {@code dm_message}, migration 0007).
 * Every write goes through the store's writer, in call order with every other write, and
 * completes once committed; an insert drops, in the same transaction, what its conversation and
 * its account keep beyond the {@link DmStore.Bounds}, and skips an incoming message that is there
 * already. Reads use the read pool. Thread-safe.
 */
public final class JdbcDmStore implements DmStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcDmStore.class);

    private static final String COLUMNS = "id, peer, direction, body, at_ms, sender_ts, state, attempts, snr_qdb, rssi_dbm, "
            + "path_len";
    /** Any outgoing message; an incoming one unless it is there already (sender_ts is NULL for outgoing ones). */
    private static final String INSERT = "INSERT INTO dm_message (account, " + COLUMNS + ", state_at_ms, unread) "
            + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM dm_message "
            + "WHERE account = ? AND peer = ? AND direction = 'in' AND sender_ts = ? AND body = ?)";
    private static final String TRIM_CONVERSATION = "DELETE FROM dm_message WHERE account = ? AND peer = ? AND id <= "
            + "(SELECT id FROM dm_message WHERE account = ? AND peer = ? ORDER BY id DESC LIMIT 1 OFFSET ?)";
    private static final String TRIM_ACCOUNT = "DELETE FROM dm_message WHERE account = ? AND id <= "
            + "(SELECT id FROM dm_message WHERE account = ? ORDER BY id DESC LIMIT 1 OFFSET ?)";
    private static final String UPDATE_DELIVERY = "UPDATE dm_message SET state = ?, attempts = ?, state_at_ms = ? "
            + "WHERE account = ? AND id = ?";
    private static final String FAIL_PENDING = "UPDATE dm_message SET state = ?, state_at_ms = ? WHERE state = ?";
    private static final String HIGHEST_ID = "SELECT COALESCE(MAX(id), 0) FROM dm_message";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM dm_message WHERE account = ? AND peer = ? AND id < ? "
            + "ORDER BY id DESC LIMIT ?";
    private static final String HEADS = "SELECT m.id, m.peer, m.direction, m.body, m.at_ms, m.sender_ts, m.state, m.attempts, "
            + "m.snr_qdb, m.rssi_dbm, m.path_len, h.unread FROM dm_message m JOIN (SELECT peer, MAX(id) AS last_id, "
            + "SUM(unread) AS unread FROM dm_message WHERE account = ? GROUP BY peer) h ON m.id = h.last_id "
            + "WHERE m.account = ? ORDER BY m.id DESC";
    private static final String UNREAD = "SELECT COUNT(*) FROM dm_message WHERE account = ? AND peer = ? AND unread = 1";
    private static final String MARK_READ = "UPDATE dm_message SET unread = 0 WHERE account = ? AND peer = ? AND unread = 1";

    private final GroupCommitWriter writer;
    private final ReadPool reads;
    private final Bounds bounds;

    JdbcDmStore(GroupCommitWriter writer, ReadPool reads, Bounds bounds) {
        this.writer = writer;
        this.reads = reads;
        this.bounds = Objects.requireNonNull(bounds, "bounds");
    }

    @Override
    public long recover(Instant now) {
        return writer.await(statements -> {
            PreparedStatement fail = statements.prepare(FAIL_PENDING);
            fail.setString(1, State.FAILED.code());
            fail.setLong(2, now.toEpochMilli());
            fail.setString(3, State.PENDING.code());
            fail.executeUpdate();
            try (ResultSet rs = statements.prepare(HIGHEST_ID).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public CompletionStage<Boolean> add(String account, StoredDm message) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(message, "message");
        return submitting(statements -> {
            PreparedStatement insert = statements.prepare(INSERT);
            insert.setString(1, account);
            insert.setLong(2, message.id());
            insert.setString(3, message.peer());
            insert.setString(4, message.direction().code());
            insert.setString(5, message.text());
            insert.setLong(6, message.at().toEpochMilli());
            nullableLong(insert, 7, message.senderTimestamp());
            insert.setString(8, message.state().code());
            insert.setInt(9, message.attempts());
            if (message.signal().isPresent()) {
                insert.setInt(10, message.signal().get().snrQuarterDb());
                insert.setInt(11, message.signal().get().rssiDbm());
            } else {
                insert.setNull(10, Types.INTEGER);
                insert.setNull(11, Types.INTEGER);
            }
            if (message.pathLen().isPresent()) {
                insert.setInt(12, message.pathLen().getAsInt());
            } else {
                insert.setNull(12, Types.INTEGER);
            }
            insert.setLong(13, message.at().toEpochMilli());
            insert.setInt(14, message.direction() == Direction.IN ? 1 : 0);
            insert.setString(15, account);
            insert.setString(16, message.peer());
            nullableLong(insert, 17, message.senderTimestamp());
            insert.setString(18, message.text());
            if (insert.executeUpdate() == 0) {
                return false;
            }
            PreparedStatement conversation = statements.prepare(TRIM_CONVERSATION);
            conversation.setString(1, account);
            conversation.setString(2, message.peer());
            conversation.setString(3, account);
            conversation.setString(4, message.peer());
            conversation.setInt(5, bounds.perConversation());
            conversation.executeUpdate();
            PreparedStatement all = statements.prepare(TRIM_ACCOUNT);
            all.setString(1, account);
            all.setString(2, account);
            all.setInt(3, bounds.perAccount());
            all.executeUpdate();
            return true;
        });
    }

    @Override
    public CompletionStage<Void> updateDelivery(String account, long id, State state, int attempts, Instant at) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        return submit(statements -> {
            PreparedStatement update = statements.prepare(UPDATE_DELIVERY);
            update.setString(1, state.code());
            update.setInt(2, attempts);
            update.setLong(3, at.toEpochMilli());
            update.setString(4, account);
            update.setLong(5, id);
            return update.executeUpdate();
        });
    }

    @Override
    public List<StoredDm> page(String account, String peer, long beforeId, int limit) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(peer, "peer");
        return reads.read("read the direct messages of " + account, connection -> {
            try (PreparedStatement query = connection.prepareStatement(PAGE)) {
                query.setString(1, account);
                query.setString(2, peer);
                query.setLong(3, beforeId);
                query.setInt(4, limit);
                List<StoredDm> out = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        message(rs, account).ifPresent(out::add);
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<Head> conversations(String account) {
        Objects.requireNonNull(account, "account");
        return reads.read("read the conversations of " + account, connection -> {
            try (PreparedStatement query = connection.prepareStatement(HEADS)) {
                query.setString(1, account);
                query.setString(2, account);
                List<Head> out = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        int unread = rs.getInt(12);
                        message(rs, account).ifPresent(m -> out.add(new Head(m, unread)));
                    }
                }
                return out;
            }
        });
    }

    /** Looks (in the read pool) whether anything is unread first, so opening a read conversation writes nothing. */
    @Override
    public CompletionStage<Void> markRead(String account, String peer) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(peer, "peer");
        long unread = reads.read("count the unread direct messages of " + account, connection -> {
            try (PreparedStatement query = connection.prepareStatement(UNREAD)) {
                query.setString(1, account);
                query.setString(2, peer);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        if (unread == 0) {
            return CompletableFuture.completedFuture(null);
        }
        return submit(statements -> {
            PreparedStatement update = statements.prepare(MARK_READ);
            update.setString(1, account);
            update.setString(2, peer);
            return update.executeUpdate();
        });
    }

    /** Queues {@code work}; a closed store fails the stage rather than the caller. */
    private CompletionStage<Void> submit(JobTask.Work<Integer> work) {
        return submitting(work).thenApply(rows -> null);
    }

    private <T> CompletionStage<T> submitting(JobTask.Work<T> work) {
        try {
            return writer.submit(work);
        } catch (IllegalStateException closed) {
            return CompletableFuture.failedFuture(closed);
        }
    }

    private static void nullableLong(PreparedStatement s, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.getAsLong());
        } else {
            s.setNull(index, Types.BIGINT);
        }
    }

    /** A row as a message, or empty (logged) when a stored value is not one this code writes: one bad row must not hide the rest. */
    private static Optional<StoredDm> message(ResultSet rs, String account) throws SQLException {
        try {
            return Optional.of(message(rs));
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warn("direct message {} of account {} in the database is unusable and skipped: {}", rs.getLong(1), account,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static StoredDm message(ResultSet rs) throws SQLException {
        long senderTs = rs.getLong(6);
        OptionalLong senderTimestamp = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(senderTs);
        int snr = rs.getInt(9);
        boolean hasSignal = !rs.wasNull();
        int rssi = rs.getInt(10);
        int path = rs.getInt(11);
        OptionalInt pathLen = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(path);
        return new StoredDm(rs.getLong(1), rs.getString(2), Direction.of(rs.getString(3)), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), senderTimestamp, State.of(rs.getString(7)), rs.getInt(8),
                hasSignal ? Optional.of(new SignalReport(snr, rssi)) : Optional.empty(), pathLen);
    }
}
