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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Versioned schema changes: numbered SQL resources {@code 0001.sql}, {@code 0002.sql}, … in one
 * classpath directory, applied in order in one transaction and recorded in {@code schema_version}.
 * Starting again applies nothing; a database newer than the code is refused.
 *
 * <p>Numbers are handed out to changes developed side by side, so a higher one may be released
 * before a lower one: a run of up to {@link #MAX_GAP} missing numbers is skipped, and a migration
 * the database has not recorded is applied even when a higher one already is.
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

    /** Missing numbers in a row after which no more migrations are looked for. */
    static final int MAX_GAP = 10;

    /** One numbered script, split into statements. */
    record Migration(int version, String description, List<String> statements) {
    }

    private final List<Migration> migrations;

    private Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Loads {@code 0001.sql}, {@code 0002.sql}, … from {@code resourceDirectory} until {@link #MAX_GAP} in a row are missing. */
    static Migrations load(String resourceDirectory, Dialect dialect) {
        List<Migration> found = new ArrayList<>();
        ClassLoader loader = Migrations.class.getClassLoader();
        for (int version = 1, missing = 0; missing < MAX_GAP; version++) {
            String name = resourceDirectory + String.format("%04d.sql", version);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    missing++;
                    continue;
                }
                missing = 0;
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

    /** Every version this code has a migration for, ascending. */
    List<Integer> versions() {
        return migrations.stream().map(Migration::version).toList();
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
            Set<Integer> applied = appliedVersions(statement);
            int current = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
            if (current > latestVersion()) {
                connection.rollback();
                throw new StoreException("the database " + redactedUrl + " has schema version " + current
                        + ", newer than this meshbridge knows (" + latestVersion() + "): it was written by a newer "
                        + "release. Run that release, or restore a backup taken before the upgrade.");
            }
            for (Migration migration : migrations) {
                if (!applied.contains(migration.version())) {
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

    private static Set<Integer> appliedVersions(Statement statement) throws SQLException {
        Set<Integer> applied = new HashSet<>();
        try (ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                applied.add(rs.getInt(1));
            }
        }
        return applied;
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
