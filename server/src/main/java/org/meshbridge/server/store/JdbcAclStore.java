package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meshbridge.core.room.AclEntry;
import org.meshbridge.core.room.AclStore;
import org.meshbridge.protocol.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room access lists in the same database as the posts. {@link #save} and {@link #remove} are
 * write-behind, as the port allows: they queue for the writer thread and commit with the next
 * batch (a failure is logged). {@link #load} runs on the writer's connection after everything
 * queued before it, so it always sees earlier saves.
 */
public final class JdbcAclStore implements AclStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAclStore.class);

    private static final String UPSERT = "INSERT INTO acl_entry (room, public_key, permissions, last_timestamp, "
            + "sync_since, last_activity_s) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (room, public_key) DO UPDATE SET "
            + "permissions = excluded.permissions, last_timestamp = excluded.last_timestamp, "
            + "sync_since = excluded.sync_since, last_activity_s = excluded.last_activity_s";
    private static final String DELETE = "DELETE FROM acl_entry WHERE room = ? AND public_key = ?";
    private static final String LOAD = "SELECT public_key, permissions, last_timestamp, sync_since, last_activity_s "
            + "FROM acl_entry WHERE room = ? ORDER BY public_key";

    private final GroupCommitWriter writer;

    JdbcAclStore(GroupCommitWriter writer) {
        this.writer = writer;
    }

    @Override
    public List<AclEntry> load(String room) {
        Objects.requireNonNull(room, "room");
        return writer.await(statements -> {
            PreparedStatement query = statements.prepare(LOAD);
            query.setString(1, room);
            List<AclEntry> entries = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AclEntry(room, Bytes.fromHex(rs.getString(1)), rs.getInt(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5)));
                }
            }
            return entries;
        });
    }

    @Override
    public void save(AclEntry entry) {
        Objects.requireNonNull(entry, "entry");
        writer.submit(statements -> {
            PreparedStatement upsert = statements.prepare(UPSERT);
            upsert.setString(1, entry.room());
            upsert.setString(2, entry.publicKey().hex());
            upsert.setInt(3, entry.permissions());
            upsert.setLong(4, entry.lastTimestamp());
            upsert.setLong(5, entry.syncSince());
            upsert.setLong(6, entry.lastActivityEpochSeconds());
            return upsert.executeUpdate();
        }).whenComplete((rows, failure) -> logFailure("save the access-list entry", entry.room(), failure));
    }

    @Override
    public void remove(String room, Bytes publicKey) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(publicKey, "publicKey");
        writer.submit(statements -> {
            PreparedStatement delete = statements.prepare(DELETE);
            delete.setString(1, room);
            delete.setString(2, publicKey.hex());
            return delete.executeUpdate();
        }).whenComplete((rows, failure) -> logFailure("remove the access-list entry", room, failure));
    }

    private static void logFailure(String what, String room, Throwable failure) {
        if (failure != null) {
            LOG.error("could not {} of room {}: {}", what, room, failure.getMessage());
        }
    }
}
