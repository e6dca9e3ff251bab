package org.meshbridge.server.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for one test class, dropped on close; each
 * {@link #freshUrl()} is a new schema in it. The server is the one at
 * {@code -Dmeshbridge.postgresql.url} (default the local one, user postgres, trust auth).
 *
 * <p>Like the protocol module's {@code OracleInstallation}: when PostgreSQL is unreachable the
 * calling tests are skipped by an assumption, unless {@code -Dmeshbridge.oracles=required}
 * ({@code scripts/test}, which also starts PostgreSQL) turns that into a failure.
 */
public final class PostgresDatabase implements TestDatabase {

    static final String MODE_PROPERTY = "meshbridge.oracles";
    static final String URL_PROPERTY = "meshbridge.postgresql.url";
    private static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    private final String adminUrl;
    private final String name;
    private int nextSchema;

    private PostgresDatabase(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.name = name;
    }

    /** Creates a database for the calling test class, or skips/fails it when PostgreSQL is unreachable. */
    public static PostgresDatabase create() throws SQLException {
        String adminUrl = System.getProperty(URL_PROPERTY, DEFAULT_ADMIN_URL);
        String name = "meshbridge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = connect(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + Dialect.redact(adminUrl) + " (" + e.getMessage()
                    + "). Start it with scripts/test, or: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) "
                    + "main start; another server: -D" + URL_PROPERTY + "=jdbc:postgresql://HOST:PORT/postgres?user=U";
            if ("required".equals(System.getProperty(MODE_PROPERTY))) {
                throw new IllegalStateException(message + " Failing because -D" + MODE_PROPERTY + "=required.", e);
            }
            assumeTrue(false, message);
        }
        return new PostgresDatabase(adminUrl, name);
    }

    /** A new empty schema, as the URL's {@code currentSchema}. */
    @Override
    public String freshUrl() throws SQLException {
        nextSchema++;
        String schema = "s" + nextSchema;
        String databaseUrl = databaseUrl();
        try (Connection connection = connect(databaseUrl); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = connect(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The admin URL with its database name replaced by this class's database. */
    private String databaseUrl() {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name.toLowerCase(Locale.ROOT) + params;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "connectTimeout=5");
    }
}
