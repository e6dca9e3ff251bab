package org.meshbridge.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbridge.core.nodes.NodeStore;
import org.meshbridge.core.nodes.SavedNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bridge's node registry in the database (tables {@code mesh_node} and {@code mesh_node_heard},
 * migration 0006). Saves queue for the writer thread and commit with its next batch, in call
 * order; a failure is logged and counted. {@link #load} uses the read pool and blocks; a row it
 * cannot read back ({@link NodeRowException}) is skipped with a warning naming the node and the
 * column. Thread-safe.
 */
public final class JdbcNodeStore implements NodeStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcNodeStore.class);
    private static final String COLUMNS = "node_id, name, role, first_heard_ms, last_heard_ms, last_advert_s, "
            + "adverts_heard, gaps_ms, latitude, longitude, battery_mv, battery_pct, battery_at_ms, snr_qdb, rssi_dbm, "
            + "hops, link_id, state, state_since_ms, battery_low, reference_ms, silent_since_ms, silence_alerted, "
            + "silence_alert_ms, flap_penalty, flap_penalty_at_ms, damped, battery_alerted, battery_alert_ms";
    private static final int COLUMN_COUNT = 29;
    private static final String UPSERT = "INSERT INTO mesh_node (bridge, " + COLUMNS + ") VALUES (?"
            + ", ?".repeat(COLUMN_COUNT) + ") ON CONFLICT (bridge, node_id) DO UPDATE SET " + updates();
    private static final String DELETE = "DELETE FROM mesh_node WHERE bridge = ? AND node_id = ?";
    private static final String HEARD = "INSERT INTO mesh_node_heard (bridge, heard_until_ms) VALUES (?, ?) "
            + "ON CONFLICT (bridge) DO UPDATE SET heard_until_ms = excluded.heard_until_ms";
    private static final String LOAD = "SELECT " + COLUMNS + " FROM mesh_node WHERE bridge = ?";
    private static final String LOAD_HEARD = "SELECT heard_until_ms FROM mesh_node_heard WHERE bridge = ?";

    private final GroupCommitWriter writer;
    private final ReadPool reads;
    private final String bridge;
    private final AtomicLong failures = new AtomicLong();

    JdbcNodeStore(GroupCommitWriter writer, ReadPool reads, String bridge) {
        this.writer = writer;
        this.reads = reads;
        this.bridge = Objects.requireNonNull(bridge, "bridge");
    }

    @Override
    public Saved load() {
        return reads.read("load the kept nodes", connection -> {
            List<SavedNode> nodes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(LOAD)) {
                query.setString(1, bridge);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        NodeRow row = row(rs);
                        try {
                            nodes.add(row.decode());
                        } catch (NodeRowException e) {
                            LOG.warn("skipping the kept node {}: its row cannot be read back: {}",
                                    row.nodeId() == null ? "NULL" : row.nodeId(), e.getMessage());
                        }
                    }
                }
            }
            return new Saved(nodes, heardUntil(connection));
        });
    }

    @Override
    public CompletionStage<Void> save(Collection<SavedNode> nodes, Collection<String> removed, Instant heardUntil) {
        List<NodeRow> rows = nodes.stream().map(NodeRow::of).toList();
        List<String> gone = List.copyOf(removed);
        long until = heardUntil.toEpochMilli();
        try {
            return writer.submit(statements -> {
                PreparedStatement delete = statements.prepare(DELETE);
                for (String id : gone) {
                    delete.setString(1, bridge);
                    delete.setString(2, id);
                    delete.executeUpdate();
                }
                PreparedStatement upsert = statements.prepare(UPSERT);
                for (NodeRow row : rows) {
                    bind(upsert, row);
                    upsert.executeUpdate();
                }
                PreparedStatement heard = statements.prepare(HEARD);
                heard.setString(1, bridge);
                heard.setLong(2, until);
                heard.executeUpdate();
                return rows.size();
            }).whenComplete((count, failure) -> {
                if (failure != null) {
                    failures.incrementAndGet();
                    LOG.error("could not save {} nodes: {}", rows.size(), failure.getMessage());
                }
            }).thenApply(count -> null);
        } catch (IllegalStateException closed) {
            failures.incrementAndGet();
            LOG.warn("could not save {} nodes: {}", rows.size(), closed.getMessage());
            return CompletableFuture.failedFuture(closed);
        }
    }

    /** Saves that failed (logged); a health figure. */
    public long failures() {
        return failures.get();
    }

    private Optional<Instant> heardUntil(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LOAD_HEARD)) {
            query.setString(1, bridge);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long millis = rs.getLong(1);
                if (millis < 0 || millis > NodeRow.MAX_MS) {
                    LOG.warn("ignoring mesh_node_heard.heard_until_ms {}: not a time; the downtime is not credited", millis);
                    return Optional.empty();
                }
                return Optional.of(Instant.ofEpochMilli(millis));
            }
        }
    }

    private void bind(PreparedStatement s, NodeRow r) throws SQLException {
        s.setString(1, bridge);
        s.setString(2, r.nodeId());
        s.setString(3, r.name());
        s.setString(4, r.role());
        s.setLong(5, r.firstHeardMs());
        s.setLong(6, r.lastHeardMs());
        setLong(s, 7, r.lastAdvertS());
        s.setLong(8, r.advertsHeard());
        s.setString(9, r.gapsMs());
        setDouble(s, 10, r.latitude());
        setDouble(s, 11, r.longitude());
        setInt(s, 12, r.batteryMv());
        setInt(s, 13, r.batteryPct());
        setLong(s, 14, r.batteryAtMs());
        setInt(s, 15, r.snrQdb());
        setInt(s, 16, r.rssiDbm());
        s.setInt(17, r.hops());
        s.setString(18, r.linkId());
        s.setString(19, r.state());
        s.setLong(20, r.stateSinceMs());
        s.setInt(21, r.batteryLow());
        s.setLong(22, r.referenceMs());
        s.setLong(23, r.silentSinceMs());
        s.setString(24, r.silenceAlerted());
        setLong(s, 25, r.silenceAlertMs());
        s.setDouble(26, r.flapPenalty());
        s.setLong(27, r.flapPenaltyAtMs());
        s.setInt(28, r.damped());
        s.setInt(29, r.batteryAlerted());
        setLong(s, 30, r.batteryAlertMs());
    }

    private static NodeRow row(ResultSet rs) throws SQLException {
        return new NodeRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                nullableLong(rs, 6), rs.getLong(7), rs.getString(8), nullableDouble(rs, 9), nullableDouble(rs, 10),
                nullableInt(rs, 11), nullableInt(rs, 12), nullableLong(rs, 13), nullableInt(rs, 14), nullableInt(rs, 15),
                rs.getInt(16), rs.getString(17), rs.getString(18), rs.getLong(19), rs.getInt(20), rs.getLong(21),
                rs.getLong(22), rs.getString(23), nullableLong(rs, 24), rs.getDouble(25), rs.getLong(26), rs.getInt(27),
                rs.getInt(28), nullableLong(rs, 29));
    }

    private static String updates() {
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            if (!column.equals("node_id")) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = excluded.").append(column);
            }
        }
        return set.toString();
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}
