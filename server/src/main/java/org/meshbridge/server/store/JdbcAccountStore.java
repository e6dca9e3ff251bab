package org.meshbridge.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Accounts and their sessions in the same database as the posts. Every method blocks: writes
 * wait for the store's writer thread to commit, reads run on the read pool. Call it from a
 * thread that may block (never a Netty event loop, never the node's scheduler thread, never a
 * post-store stage callback).
 *
 * <p>Changing a password or removing an account deletes the account's sessions in the same
 * transaction, so no token outlives either.
 */
public final class JdbcAccountStore {

    private static final String COLUMNS = "name, role, rooms, password_hash, mesh_key, created_at_ms, updated_at_ms";
    private static final String INSERT = "INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (name) DO NOTHING";
    private static final String FIND = "SELECT " + COLUMNS + " FROM account WHERE name = ?";
    private static final String LIST = "SELECT " + COLUMNS + " FROM account ORDER BY name";
    private static final String SET_PASSWORD = "UPDATE account SET password_hash = ?, updated_at_ms = ? WHERE name = ?";
    private static final String SET_ACCESS = "UPDATE account SET role = ?, rooms = ?, updated_at_ms = ? WHERE name = ?";
    private static final String DELETE = "DELETE FROM account WHERE name = ?";
    private static final String DELETE_SESSIONS_OF = "DELETE FROM account_session WHERE account = ?";
    /** What else the store keeps per account: a new account of the same name must not inherit it. */
    private static final List<String> DELETE_KEPT_FOR = List.of("DELETE FROM read_marker WHERE account = ?",
            "DELETE FROM companion_inbox WHERE account = ?", "DELETE FROM companion_channel WHERE account = ?",
            "DELETE FROM dm_message WHERE account = ?");
    private static final String INSERT_SESSION = "INSERT INTO account_session (token_hash, account, created_at_ms, "
            + "expires_at_ms) VALUES (?, ?, ?, ?)";
    private static final String FIND_SESSION = "SELECT s.token_hash, s.account, s.created_at_ms, s.expires_at_ms, "
            + "a.name, a.role, a.rooms, a.password_hash, a.mesh_key, a.created_at_ms, a.updated_at_ms "
            + "FROM account_session s JOIN account a ON a.name = s.account WHERE s.token_hash = ?";
    private static final String DELETE_SESSION = "DELETE FROM account_session WHERE token_hash = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM account_session WHERE expires_at_ms <= ?";
    private static final String COUNT_SESSIONS = "SELECT COUNT(*) FROM account_session WHERE account = ?";

    /** A session found by its token hash, with its account as it is now. */
    public record SessionAndAccount(SessionRow session, AccountRow account) {
    }

    private final GroupCommitWriter writer;
    private final ReadPool reads;

    JdbcAccountStore(GroupCommitWriter writer, ReadPool reads) {
        this.writer = writer;
        this.reads = reads;
    }

    /** Adds {@code row}; false (and nothing changed) when an account of that name exists. */
    public boolean insert(AccountRow row) {
        Objects.requireNonNull(row, "row");
        return writer.await(statements -> {
            PreparedStatement insert = statements.prepare(INSERT);
            insert.setString(1, row.name());
            insert.setString(2, row.role());
            insert.setString(3, row.rooms());
            insert.setString(4, row.passwordHash());
            insert.setString(5, row.meshKey());
            insert.setLong(6, row.createdAtMs());
            insert.setLong(7, row.updatedAtMs());
            return insert.executeUpdate() == 1;
        });
    }

    /** The account called {@code name}. */
    public Optional<AccountRow> find(String name) {
        Objects.requireNonNull(name, "name");
        return reads.read("read account " + name, connection -> {
            try (PreparedStatement query = connection.prepareStatement(FIND)) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    /** Every account, by name. */
    public List<AccountRow> list() {
        return reads.read("list accounts", connection -> {
            List<AccountRow> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(LIST); ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(account(rs, 1));
                }
            }
            return rows;
        });
    }

    /** Replaces the password hash and deletes the account's sessions; false when there is no such account. */
    public boolean setPassword(String name, String passwordHash, long nowMs) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        return writer.await(statements -> {
            PreparedStatement update = statements.prepare(SET_PASSWORD);
            update.setString(1, passwordHash);
            update.setLong(2, nowMs);
            update.setString(3, name);
            boolean found = update.executeUpdate() == 1;
            deleteSessionsOf(statements, name);
            return found;
        });
    }

    /** Replaces the role and room permissions (sessions stay; they read the account anew); false when missing. */
    public boolean setAccess(String name, String role, String rooms, long nowMs) {
        Objects.requireNonNull(name, "name");
        return writer.await(statements -> {
            PreparedStatement update = statements.prepare(SET_ACCESS);
            update.setString(1, Objects.requireNonNull(role, "role"));
            update.setString(2, Objects.requireNonNull(rooms, "rooms"));
            update.setLong(3, nowMs);
            update.setString(4, name);
            return update.executeUpdate() == 1;
        });
    }

    /**
     * Deletes the account, its sessions and what is kept for it (read markers, unread companion
     * messages, channel slots, direct-message history), in one transaction; false when there was
     * no such account.
     */
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return writer.await(statements -> {
            deleteSessionsOf(statements, name);
            deleteKept(statements, name);
            PreparedStatement delete = statements.prepare(DELETE);
            delete.setString(1, name);
            return delete.executeUpdate() == 1;
        });
    }

    /** Stores a new session. */
    public void insertSession(SessionRow row) {
        Objects.requireNonNull(row, "row");
        writer.await(statements -> {
            PreparedStatement insert = statements.prepare(INSERT_SESSION);
            insert.setString(1, row.tokenHash());
            insert.setString(2, row.account());
            insert.setLong(3, row.createdAtMs());
            insert.setLong(4, row.expiresAtMs());
            return insert.executeUpdate();
        });
    }

    /** The session with this token hash and its account, expired or not. */
    public Optional<SessionAndAccount> findSession(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return reads.read("read a session", connection -> {
            try (PreparedStatement query = connection.prepareStatement(FIND_SESSION)) {
                query.setString(1, tokenHash);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    SessionRow session = new SessionRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
                    return Optional.of(new SessionAndAccount(session, account(rs, 5)));
                }
            }
        });
    }

    /** How many sessions {@code account} has, expired ones included. */
    public long sessionCount(String account) {
        Objects.requireNonNull(account, "account");
        return reads.read("count sessions", connection -> {
            try (PreparedStatement query = connection.prepareStatement(COUNT_SESSIONS)) {
                query.setString(1, account);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Deletes one session; false when it did not exist. */
    public boolean deleteSession(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return writer.await(statements -> {
            PreparedStatement delete = statements.prepare(DELETE_SESSION);
            delete.setString(1, tokenHash);
            return delete.executeUpdate() == 1;
        });
    }

    /** Deletes every session that expired at or before {@code nowMs}; returns how many. */
    public int deleteExpiredSessions(long nowMs) {
        return writer.await(statements -> {
            PreparedStatement delete = statements.prepare(DELETE_EXPIRED);
            delete.setLong(1, nowMs);
            return delete.executeUpdate();
        });
    }

    /**
     * Deletes again what is kept for a removed account, queued behind every write already queued:
     * for the server to call once the account's companion is closed, so a message or channel slot
     * written between {@link #delete} and that close does not outlive the account. Non-blocking.
     */
    public CompletionStage<Void> deleteKeptAgain(String name) {
        Objects.requireNonNull(name, "name");
        return writer.submit(statements -> {
            deleteKept(statements, name);
            return null;
        });
    }

    private static void deleteKept(StatementCache statements, String name) throws SQLException {
        for (String sql : DELETE_KEPT_FOR) {
            PreparedStatement kept = statements.prepare(sql);
            kept.setString(1, name);
            kept.executeUpdate();
        }
    }

    private static void deleteSessionsOf(StatementCache statements, String name) throws SQLException {
        PreparedStatement delete = statements.prepare(DELETE_SESSIONS_OF);
        delete.setString(1, name);
        delete.executeUpdate();
    }

    private static AccountRow account(ResultSet rs, int first) throws SQLException {
        return new AccountRow(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getLong(first + 5), rs.getLong(first + 6));
    }
}
