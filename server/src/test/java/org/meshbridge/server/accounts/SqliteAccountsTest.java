package org.meshbridge.server.accounts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.meshbridge.server.store.SqliteFiles;
import org.meshbridge.server.store.TestDatabase;

/** Accounts on SQLite files. */
class SqliteAccountsTest extends AccountsContract {

    private static SqliteFiles files;

    @BeforeAll
    static void createDirectory() throws Exception {
        files = new SqliteFiles();
    }

    @AfterAll
    static void deleteFiles() throws Exception {
        files.close();
    }

    @Override
    TestDatabase database() {
        return files;
    }
}
