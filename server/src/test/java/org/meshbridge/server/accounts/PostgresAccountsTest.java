package org.meshbridge.server.accounts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.meshbridge.server.store.PostgresDatabase;
import org.meshbridge.server.store.TestDatabase;

/** Accounts on PostgreSQL. */
class PostgresAccountsTest extends AccountsContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = PostgresDatabase.create();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
