package org.meshbridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An empty database for one benchmark trial, removed afterwards: a SQLite file in a temporary
 * directory, or a PostgreSQL database on the server at {@code -Dmeshbridge.postgresql.url}
 * (default the local one, user postgres). Pass it to the JMH fork with
 * {@code -jvmArgsAppend -Dmeshbridge.postgresql.url=…} when it is elsewhere.
 */
final class BenchDatabase implements AutoCloseable {

    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final String url;
    private final Path directory;
    private final String adminUrl;
    private final String databaseName;

    private BenchDatabase(String url, Path directory, String adminUrl, String databaseName) {
        this.url = url;
        this.directory = directory;
        this.adminUrl = adminUrl;
        this.databaseName = databaseName;
    }

    /** {@code kind} is {@code sqlite} or {@code postgresql}. */
    static BenchDatabase create(String kind) {
        switch (kind) {
            case "sqlite":
                try {
                    Path dir = Files.createTempDirectory("meshbridge-bench-");
                    return new BenchDatabase("jdbc:sqlite:" + dir.resolve("meshbridge.db"), dir, null, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            case "postgresql":
                String admin = System.getProperty("meshbridge.postgresql.url", DEFAULT_ADMIN_URL);
                String name = "meshbridge_bench_" + ProcessHandle.current().pid();
                execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                execute(admin, "CREATE DATABASE " + name);
                int query = admin.indexOf('?');
                String base = query < 0 ? admin : admin.substring(0, query);
                String params = query < 0 ? "" : admin.substring(query);
                return new BenchDatabase(base.substring(0, base.lastIndexOf('/') + 1) + name + params, null, admin, name);
            default:
                throw new IllegalArgumentException("database must be sqlite or postgresql, was " + kind);
        }
    }

    String url() {
        return url;
    }

    /** A plain connection for bulk loading, outside the store. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() {
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            execute(adminUrl, "DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url.replaceAll("\\?.*", "") + ": " + e.getMessage(), e);
        }
    }
}
