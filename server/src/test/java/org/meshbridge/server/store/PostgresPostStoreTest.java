package org.meshbridge.server.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.PostStoreContract;

/** The core's post-store contract on PostgreSQL, a fresh schema per test in a database of this class. */
class PostgresPostStoreTest extends PostStoreContract {

    private static PostgresDatabase database;
    private final List<Storage> opened = new ArrayList<>();

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
    protected PostStore store() {
        try {
            Storage storage = Stores.open(database.freshUrl());
            opened.add(storage);
            return storage.posts();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Storage::close);
    }
}
