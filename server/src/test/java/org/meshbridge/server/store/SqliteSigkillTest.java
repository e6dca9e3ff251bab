package org.meshbridge.server.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** SIGKILL during heavy posting on SQLite (WAL, synchronous=FULL). */
class SqliteSigkillTest extends SigkillContract {

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
