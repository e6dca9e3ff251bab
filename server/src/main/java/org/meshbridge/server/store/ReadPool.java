package org.meshbridge.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * A fixed number of read connections, opened on first use. A connection that threw is closed
 * rather than reused, so a dropped PostgreSQL session heals on the next read. Thread-safe.
 */
final class ReadPool implements AutoCloseable {

    /** Work done on a borrowed connection. */
    @FunctionalInterface
    interface Read<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final String url;
    private final Dialect dialect;
    private final StoreOptions options;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ReadPool(String url, Dialect dialect, StoreOptions options) {
        this.url = url;
        this.dialect = dialect;
        this.options = options;
        this.permits = new Semaphore(options.readConnections());
    }

    /** Runs {@code read} on a pooled connection; any failure becomes a {@link StoreException} saying {@code what}. */
    <T> T read(String what, Read<T> read) {
        permits.acquireUninterruptibly();
        try {
            Connection connection = borrow();
            try {
                T result = read.apply(connection);
                giveBack(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " from " + Dialect.redact(url) + ": " + e.getMessage(), e);
        } finally {
            permits.release();
        }
    }

    private Connection borrow() throws SQLException {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            Connection pooled = idle.poll();
            if (pooled != null) {
                return pooled;
            }
        }
        return dialect.openReader(url, options);
    }

    private void giveBack(Connection connection) {
        synchronized (idle) {
            if (!closed) {
                idle.push(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(ReadPool::closeQuietly);
            idle.clear();
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing after a failure or at shutdown: nothing more to do with it
        }
    }
}
