package org.meshbridge.server.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meshbridge.core.room.PostStore;
import org.meshbridge.core.room.PostStoreContract;

/** The core's post-store contract on PostgreSQL, a fresh schema per test in a database of this class. */
class PostgresPostStoreTest extends PostStoreContract {

    @RegisterExtension
    static final DatabaseFixture<PostgresDatabase> DB = DatabaseFixture.postgres();
    private final List<Storage> opened = new ArrayList<>();

    @Override
    protected PostStore store() {
        try {
            Storage storage = Stores.open(DB.database().freshUrl());
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
