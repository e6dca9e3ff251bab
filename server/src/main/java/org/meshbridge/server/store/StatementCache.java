package org.meshbridge.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The writer's connection and the statements prepared on it, kept across batches. Writer thread only. */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    /** A statement whose generated keys are the {@code id} column (JDBC batches with generated keys). */
    PreparedStatement prepareReturningId(String sql) throws SQLException {
        String key = "generated id: " + sql;
        PreparedStatement statement = prepared.get(key);
        if (statement == null) {
            statement = connection.prepareStatement(sql, new String[] {"id"});
            prepared.put(key, statement);
        }
        return statement;
    }

    @Override
    public void close() {
        prepared.values().forEach(ReadPool::closeQuietly);
        prepared.clear();
        ReadPool.closeQuietly(connection);
    }
}
