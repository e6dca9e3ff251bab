package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.meshbridge.core.companion.InboxMessage;
import org.meshbridge.core.companion.InboxStore;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * The companions' inboxes in the database (table {@code companion_inbox}): writes go through the
 * store's writer (non-blocking, complete once committed, in order with every other write); loads
 * use the read pool and block. Thread-safe.
 */
public final class JdbcInboxStore implements InboxStore {

    private static final int DIRECT = 0;
    private static final int CHANNEL = 1;
    private static final String INSERT = "INSERT INTO companion_inbox (account, seq, kind, peer, channel_idx, path_len, "
            + "txt_type, sender_ts, author_prefix, body, snr_qdb, rssi_dbm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (account, seq) DO NOTHING";
    private static final String FORGET = "DELETE FROM companion_inbox WHERE account = ? AND seq < ?";
    private static final String LOAD = "SELECT seq, kind, peer, channel_idx, path_len, txt_type, sender_ts, author_prefix, "
            + "body, snr_qdb, rssi_dbm FROM companion_inbox WHERE account = ? ORDER BY seq";

    private final GroupCommitWriter writer;
    private final ReadPool reads;

    JdbcInboxStore(GroupCommitWriter writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    @Override
    public List<Saved> load(String account) {
        Objects.requireNonNull(account, "account");
        return reads.read("load the companion inbox of " + account, connection -> {
            try (PreparedStatement query = connection.prepareStatement(LOAD)) {
                query.setString(1, account);
                List<Saved> out = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Saved(rs.getLong(1), message(rs)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public CompletionStage<Void> append(String account, long seq, InboxMessage message) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(message, "message");
        return writer.submit(statements -> {
            PreparedStatement insert = statements.prepare(INSERT);
            insert.setString(1, account);
            insert.setLong(2, seq);
            bind(insert, message);
            return insert.executeUpdate();
        }).thenApply(rows -> null);
    }

    @Override
    public CompletionStage<Void> forgetBefore(String account, long seq) {
        Objects.requireNonNull(account, "account");
        return writer.submit(statements -> {
            PreparedStatement delete = statements.prepare(FORGET);
            delete.setString(1, account);
            delete.setLong(2, seq);
            return delete.executeUpdate();
        }).thenApply(rows -> null);
    }

    private static void bind(PreparedStatement s, InboxMessage message) throws SQLException {
        if (message instanceof InboxMessage.Direct d) {
            s.setInt(3, DIRECT);
            s.setString(4, d.sender().hex());
            s.setNull(5, Types.INTEGER);
            s.setInt(7, d.txtType());
            nullableText(s, 9, d.authorPrefix().map(Bytes::hex));
        } else {
            InboxMessage.Channel c = (InboxMessage.Channel) message;
            s.setInt(3, CHANNEL);
            s.setNull(4, Types.VARCHAR);
            s.setInt(5, c.channelIdx());
            s.setInt(7, 0);
            s.setNull(9, Types.VARCHAR);
        }
        s.setInt(6, message.pathLen());
        s.setLong(8, message.senderTimestamp());
        s.setString(10, message.text());
        if (message.signal().isPresent()) {
            s.setInt(11, message.signal().get().snrQuarterDb());
            s.setInt(12, message.signal().get().rssiDbm());
        } else {
            s.setNull(11, Types.INTEGER);
            s.setNull(12, Types.INTEGER);
        }
    }

    private static void nullableText(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static InboxMessage message(ResultSet rs) throws SQLException {
        int snr = rs.getInt(10);
        boolean hasSignal = !rs.wasNull();
        int rssi = rs.getInt(11);
        Optional<SignalReport> signal = hasSignal ? Optional.of(new SignalReport(snr, rssi)) : Optional.empty();
        if (rs.getInt(2) == DIRECT) {
            String prefix = rs.getString(8);
            return new InboxMessage.Direct(Bytes.fromHex(rs.getString(3)), rs.getInt(5), rs.getInt(6), rs.getLong(7),
                    Optional.ofNullable(prefix).map(Bytes::fromHex), rs.getString(9), signal);
        }
        return new InboxMessage.Channel(rs.getInt(4), rs.getInt(5), rs.getLong(7), rs.getString(9), signal);
    }
}
