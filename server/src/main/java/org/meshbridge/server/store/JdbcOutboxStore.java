package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.meshbridge.server.mqtt.OutboxMessage;
import org.meshbridge.server.mqtt.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT outbox in the posts' database ({@code mqtt_outbox}, migration 0002). Adds and removes
 * queue for the writer thread and commit with its next batch, in call order; a failure is logged
 * and counted. {@link #load} runs on the writer's connection after everything queued before it.
 */
public final class JdbcOutboxStore implements OutboxStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOutboxStore.class);
    private static final String INSERT = "INSERT INTO mqtt_outbox (bridge, seq, topic, payload, retain, created_at_ms)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DELETE_THROUGH = "DELETE FROM mqtt_outbox WHERE bridge = ? AND seq <= ?";
    private static final String LOAD = "SELECT seq, topic, payload, retain, created_at_ms FROM mqtt_outbox"
            + " WHERE bridge = ? ORDER BY seq";

    private final GroupCommitWriter writer;
    private final AtomicLong failures = new AtomicLong();

    JdbcOutboxStore(GroupCommitWriter writer) {
        this.writer = writer;
    }

    @Override
    public List<OutboxMessage> load(String bridge) {
        Objects.requireNonNull(bridge, "bridge");
        return writer.await(statements -> {
            PreparedStatement query = statements.prepare(LOAD);
            query.setString(1, bridge);
            List<OutboxMessage> messages = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    messages.add(new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0,
                            Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return messages;
        });
    }

    @Override
    public void add(String bridge, OutboxMessage message) {
        Objects.requireNonNull(bridge, "bridge");
        Objects.requireNonNull(message, "message");
        submit("keep the MQTT message " + message.seq(), statements -> {
            PreparedStatement insert = statements.prepare(INSERT);
            insert.setString(1, bridge);
            insert.setLong(2, message.seq());
            insert.setString(3, message.topic());
            insert.setString(4, message.payload());
            insert.setInt(5, message.retain() ? 1 : 0);
            insert.setLong(6, message.createdAt().toEpochMilli());
            return insert.executeUpdate();
        });
    }

    @Override
    public void removeThrough(String bridge, long seq) {
        Objects.requireNonNull(bridge, "bridge");
        submit("forget MQTT messages through " + seq, statements -> {
            PreparedStatement delete = statements.prepare(DELETE_THROUGH);
            delete.setString(1, bridge);
            delete.setLong(2, seq);
            return delete.executeUpdate();
        });
    }

    /** Writes that failed (logged); a health figure. */
    public long failures() {
        return failures.get();
    }

    private void submit(String what, JobTask.Work<Integer> work) {
        try {
            writer.submit(work).whenComplete((rows, failure) -> {
                if (failure != null) {
                    failures.incrementAndGet();
                    LOG.error("could not {}: {}", what, failure.getMessage());
                }
            });
        } catch (IllegalStateException closed) {
            failures.incrementAndGet();
            LOG.warn("could not {}: {}", what, closed.getMessage());
        }
    }
}
