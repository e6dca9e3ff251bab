package org.meshbridge.server.store;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The room scenarios on PostgreSQL, a fresh schema per test in a database of this class;
 * skipped when PostgreSQL is unreachable, failed instead under {@code -Dmeshbridge.oracles=required}.
 */
class PostgresRoomScenariosIT extends JdbcRoomScenarios {

    @RegisterExtension
    static final DatabaseFixture<PostgresDatabase> DB = DatabaseFixture.postgres();

    @Override
    protected String freshUrl() {
        try {
            return DB.database().freshUrl();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
