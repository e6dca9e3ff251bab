package org.meshbridge.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** Opens the store named by the config's {@code storage.url}. */
public final class Stores {

    private Stores() {
    }

    /** {@link #open(String, StoreOptions)} with {@link StoreOptions#defaults()}. */
    public static Storage open(String jdbcUrl) {
        return open(jdbcUrl, StoreOptions.defaults());
    }

    /**
     * Opens {@code jdbcUrl} ({@code jdbc:sqlite:FILE}, the file's directory created if missing, or
     * {@code jdbc:postgresql://…}), brings its schema up to date and starts the writer.
     *
     * @throws IllegalArgumentException if the URL is neither SQLite nor PostgreSQL, or an in-memory SQLite
     * @throws StoreException           if the database cannot be opened or migrated, or is newer than this code
     */
    public static Storage open(String jdbcUrl, StoreOptions options) {
        return open(jdbcUrl, options, Migrations.BUNDLED);
    }

    static Storage open(String jdbcUrl, StoreOptions options, String migrationDirectory) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(options, "options");
        String redacted = Dialect.redact(jdbcUrl);
        Dialect dialect = Dialect.of(jdbcUrl).orElseThrow(() -> new IllegalArgumentException(
                "storage.url must start with jdbc:sqlite: or jdbc:postgresql:, was " + redacted));
        if (dialect == Dialect.SQLITE) {
            Dialect.sqliteFile(jdbcUrl);
        }
        Migrations migrations = Migrations.load(migrationDirectory, dialect);
        Connection connection;
        try {
            connection = dialect.openWriter(jdbcUrl, options);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + redacted + ": " + e.getMessage(), e);
        }
        try {
            migrations.migrate(connection, dialect, redacted, options.clock().millis());
        } catch (SQLException | RuntimeException e) {
            ReadPool.closeQuietly(connection);
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot migrate the database " + redacted + ": " + e.getMessage(), e);
        }
        GroupCommitWriter writer = new GroupCommitWriter(jdbcUrl, dialect, options, connection);
        return new Storage(dialect, migrations.latestVersion(), writer, new ReadPool(jdbcUrl, dialect, options));
    }
}
