package org.meshbridge.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC store on SQLite files, and SQLite's own settings. */
class SqliteStorageTest extends JdbcStorageContract {

    @RegisterExtension
    static final DatabaseFixture<SqliteFiles> DB = DatabaseFixture.sqlite();

    @Override
    TestDatabase database() {
        return DB.database();
    }

    @Test
    void theWriterUsesTheWalJournalWithFullSync() throws Exception {
        String url = DB.database().freshUrl();
        try (Connection writer = Dialect.SQLITE.openWriter(url, StoreOptions.defaults());
             Statement statement = writer.createStatement()) {
            assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(statement, "synchronous")).isEqualTo("2");
            assertThat(pragma(statement, "busy_timeout")).isEqualTo("30000");
        }
    }

    @Test
    void theDatabaseDirectoryIsCreatedWhenMissing() throws Exception {
        String url = DB.database().freshUrl();
        open(url);
        assertThat(java.nio.file.Files.isRegularFile(Dialect.sqliteFile(url))).isTrue();
    }

    @Test
    void aCleanCloseLeavesEverythingInTheDatabaseFileAndNoWal() throws Exception {
        String url = DB.database().freshUrl();
        Storage storage = open(url);
        appendNow(storage, draft("lobby", 1));
        assertThat(storage.posts().latest("lobby", 1)).hasSize(1);
        storage.close();
        java.nio.file.Path file = Dialect.sqliteFile(url);
        assertThat(file.resolveSibling(file.getFileName() + "-wal")).doesNotExist();
    }

    private static String pragma(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
