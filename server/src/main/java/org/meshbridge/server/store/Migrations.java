package org.meshbridge.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema changes: numbered SQL resources {@code 0001.sql}, {@code 0002.sql}, … in one
 * classpath directory, applied in order in one transaction and recorded in {@code schema_version}.
 * Starting again applies nothing; a database newer than the code is refused.
 *
 * <p>A resource's first line is {@code -- description}. Statements end with {@code ;} at the end
 * of a line; whole-line {@code --} comments are dropped; {@code ${generated_id}} becomes the
 * dialect's id column type. Everything else is SQL both databases accept.
 */
final class Migrations {

    /** The migrations that ship with meshbridge. */
    static final String BUNDLED = "org/meshbridge/server/store/migration/";

    /** Serialises migrations of instances sharing one PostgreSQL database ("mbschema" in ASCII). */
    private static final long POSTGRESQL_LOCK_KEY = 0x6d62736368656d61L;

    /** One numbered script, split into statements. */
    record Migration(int version, String description, List<String> statements) {
    }

    private final List<Migration> migrations;

    private Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Loads {@code 0001.sql}, {@code 0002.sql}, … from {@code resourceDirectory} until one is missing. */
    static Migrations load(String resourceDirectory, Dialect dialect) {
        List<Migration> found = new ArrayList<>();
        ClassLoader loader = Migrations.class.getClassLoader();
        for (int version = 1; ; version++) {
            String name = resourceDirectory + String.format("%04d.sql", version);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    break;
                }
                String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                found.add(parse(version, script.replace("${generated_id}", dialect.generatedIdColumn())));
            } catch (IOException e) {
                throw new StoreException("cannot read the migration " + name + ": " + e.getMessage(), e);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no migrations in " + resourceDirectory);
        }
        return new Migrations(found);
    }

    /** The newest schema version this code knows. */
    int latestVersion() {
        return migrations.get(migrations.size() - 1).version();
    }

    /**
     * Brings the database on {@code connection} (auto-commit off) to {@link #latestVersion()}.
     *
     * @return the version the database had before
     * @throws StoreException if the database is newer than this code, or a migration failed
     *                        (then nothing of this run was applied)
     */
    int migrate(Connection connection, Dialect dialect, String redactedUrl, long nowMillis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                statement.execute("SELECT pg_advisory_xact_lock(" + POSTGRESQL_LOCK_KEY + ")");
            }
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)");
            int current = currentVersion(statement);
            if (current > latestVersion()) {
                connection.rollback();
                throw new StoreException("the database " + redactedUrl + " has schema version " + current
                        + ", newer than this meshbridge knows (" + latestVersion() + "): it was written by a newer "
                        + "release. Run that release, or restore a backup taken before the upgrade.");
            }
            for (Migration migration : migrations) {
                if (migration.version() > current) {
                    apply(connection, statement, migration, nowMillis);
                }
            }
            connection.commit();
            return current;
        } catch (SQLException | RuntimeException e) {
            ReadPool.closeQuietly(connection::rollback);
            if (e instanceof StoreException) {
                throw e;
            }
            throw new StoreException("cannot migrate the database " + redactedUrl + " to schema version "
                    + latestVersion() + ": " + e.getMessage(), e);
        }
    }

    private static int currentVersion(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection connection, Statement statement, Migration migration, long nowMillis)
            throws SQLException {
        for (String sql : migration.statements()) {
            statement.execute(sql);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at_ms) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setLong(3, nowMillis);
            insert.executeUpdate();
        }
    }

    static Migration parse(int version, String script) {
        String[] lines = script.split("\n", -1);
        if (!lines[0].startsWith("--")) {
            throw new IllegalStateException("migration " + version + " must start with a '-- description' line");
        }
        String description = lines[0].substring(2).trim();
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + version + " ends without ';': " + current.toString().trim());
        }
        return new Migration(version, description, statements);
    }
}
