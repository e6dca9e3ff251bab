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
import org.meshbridge.core.companion.ChannelSlotStore;
import org.meshbridge.protocol.crypto.ChannelKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel slots accounts set themselves, in the database (table {@code companion_channel}):
 * saves go through the store's writer (non-blocking, complete once committed); loads use the read
 * pool and block. A row that does not decode (edited by hand, say) is skipped with a log line, so
 * the companion still opens with the server's channel in that slot. Thread-safe.
 */
public final class JdbcChannelSlotStore implements ChannelSlotStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcChannelSlotStore.class);
    private static final String UPSERT = "INSERT INTO companion_channel (account, idx, name, channel_key) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (account, idx) DO UPDATE SET name = excluded.name, channel_key = excluded.channel_key";
    private static final String LOAD = "SELECT idx, name, channel_key FROM companion_channel WHERE account = ? ORDER BY idx";

    private final GroupCommitWriter writer;
    private final ReadPool reads;

    JdbcChannelSlotStore(GroupCommitWriter writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    @Override
    public List<SavedSlot> load(String account) {
        Objects.requireNonNull(account, "account");
        return reads.read("load the channel slots of " + account, connection -> {
            try (PreparedStatement query = connection.prepareStatement(LOAD)) {
                query.setString(1, account);
                List<SavedSlot> out = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        decode(account, rs.getInt(1), rs.getString(2), rs.getString(3)).ifPresent(out::add);
                    }
                }
                return out;
            }
        });
    }

    @Override
    public CompletionStage<Void> save(String account, SavedSlot slot) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(slot, "slot");
        return writer.submit(statements -> {
            PreparedStatement upsert = statements.prepare(UPSERT);
            upsert.setString(1, account);
            upsert.setInt(2, slot.index());
            upsert.setString(3, slot.name());
            if (slot.key().isPresent()) {
                upsert.setString(4, slot.key().get().secret().hex());
            } else {
                upsert.setNull(4, Types.VARCHAR);
            }
            return upsert.executeUpdate();
        }).thenApply(rows -> null);
    }

    /** One row as a slot, or empty (logged) when it does not decode. */
    static Optional<SavedSlot> decode(String account, int index, String name, String keyHex) {
        try {
            Optional<ChannelKey> key = keyHex == null ? Optional.empty() : Optional.of(ChannelKey.ofSecret(keyHex));
            return Optional.of(new SavedSlot(index, name == null ? "" : name, key));
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warn("channel slot {} of account {} in the database is unusable and ignored: {}", index, account,
                    e.getMessage());
            return Optional.empty();
        }
    }
}
