package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.AccountsOptions;
import org.meshbridge.server.accounts.LoginOutcome;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.Stores;

/** {@code meshbridge user add|passwd|remove|list} on a real SQLite database named by a config file. */
class UserCommandsTest {

    @TempDir
    Path dir;
    private String config;
    private String url;

    @BeforeEach
    void writeConfig() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("data/meshbridge.db");
        Path file = dir.resolve("meshbridge.yaml");
        Files.writeString(file, "radio: { type: none }\nstorage: { url: \"" + url + "\" }\n");
        config = file.toString();
    }

    @Test
    void addListPasswdRemove() throws Exception {
        CommandRun added = CommandRun.withStdin("first password\n", "user", "add", "alice", "--admin", "--password-stdin",
                "--config", config);
        assertThat(added.exit()).isEqualTo(0);
        assertThat(added.out()).startsWith("added alice (admin, rooms *:post), mesh public key ");
        assertThat(CommandRun.withStdin("bob's password\r\n", "user", "add", "bob", "--role", "read-only", "--rooms",
                "lobby,news", "--password-stdin", "--config", config).exit()).isEqualTo(0);

        CommandRun list = CommandRun.execute("user", "list", "--config", config);
        assertThat(list.exit()).isEqualTo(0);
        assertThat(list.out().lines()).hasSize(3);
        assertThat(list.out()).contains("alice").contains("admin").contains("lobby:read,news:read")
                .doesNotContain("argon2").doesNotContain("first password");
        assertThat(login("alice", "first password")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(login("bob", "bob's password")).isInstanceOf(LoginOutcome.Success.class);

        assertThat(CommandRun.withStdin("second password\n", "user", "passwd", "alice", "--password-stdin", "--config",
                config).exit()).isEqualTo(0);
        assertThat(login("alice", "first password")).isInstanceOf(LoginOutcome.Rejected.class);
        assertThat(login("alice", "second password")).isInstanceOf(LoginOutcome.Success.class);

        CommandRun removed = CommandRun.execute("user", "remove", "bob", "--config", config);
        assertThat(removed.exit()).isEqualTo(0);
        assertThat(removed.out()).isEqualTo("removed bob\n");
        assertThat(CommandRun.execute("user", "list", "--config", config).out()).doesNotContain("bob");
    }

    @Test
    void refusalsAreOneLineWithTheirExitCode() {
        assertThat(CommandRun.withStdin("a long password\n", "user", "add", "alice", "--password-stdin", "--config",
                config).exit()).isEqualTo(0);
        CommandRun exists = CommandRun.withStdin("a long password\n", "user", "add", "alice", "--password-stdin",
                "--config", config);
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.oneErrorLine()).isEqualTo("meshbridge user add: account alice exists already");

        CommandRun noStdinFlag = CommandRun.withStdin("a long password\n", "user", "add", "carol", "--config", config);
        assertThat(noStdinFlag.exit()).isEqualTo(2);
        assertThat(noStdinFlag.oneErrorLine()).contains("--password-stdin");

        CommandRun empty = CommandRun.withStdin("", "user", "add", "carol", "--password-stdin", "--config", config);
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.oneErrorLine()).contains("no password on stdin");

        CommandRun weak = CommandRun.withStdin("short\n", "user", "add", "carol", "--password-stdin", "--config", config);
        assertThat(weak.exit()).isEqualTo(2);
        assertThat(weak.oneErrorLine()).contains("at least 8 characters");

        CommandRun badName = CommandRun.withStdin("a long password\n", "user", "add", "Carol!", "--password-stdin",
                "--config", config);
        assertThat(badName.exit()).isEqualTo(2);
        assertThat(badName.oneErrorLine()).contains("account names are 1..32 of a-z");

        CommandRun badRole = CommandRun.withStdin("a long password\n", "user", "add", "carol", "--role", "boss",
                "--password-stdin", "--config", config);
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.oneErrorLine()).contains("--role must be admin, member or read-only");

        CommandRun badRooms = CommandRun.withStdin("a long password\n", "user", "add", "carol", "--rooms", "lobby:write",
                "--password-stdin", "--config", config);
        assertThat(badRooms.exit()).isEqualTo(2);
        assertThat(badRooms.oneErrorLine()).contains("read or post");

        CommandRun missing = CommandRun.execute("user", "remove", "nobody", "--config", config);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.oneErrorLine()).isEqualTo("meshbridge user remove: no account nobody");

        CommandRun passwdMissing = CommandRun.withStdin("a long password\n", "user", "passwd", "nobody",
                "--password-stdin", "--config", config);
        assertThat(passwdMissing.exit()).isEqualTo(1);
        assertThat(passwdMissing.oneErrorLine()).isEqualTo("meshbridge user passwd: no account nobody");

        CommandRun noConfig = CommandRun.execute("user", "list", "--config", dir.resolve("nope.yaml").toString());
        assertThat(noConfig.exit()).isEqualTo(2);
        assertThat(noConfig.oneErrorLine()).contains("does not exist");
    }

    @Test
    void anEmptyDatabaseListsNoAccountsAndSaysHowToAddOne() {
        CommandRun list = CommandRun.execute("user", "list", "--config", config);
        assertThat(list.exit()).isEqualTo(0);
        assertThat(list.out()).startsWith("no accounts; add one with: meshbridge user add NAME --admin");
    }

    private LoginOutcome login(String name, String password) throws Exception {
        try (Storage storage = Stores.open(url);
             Accounts accounts = new Accounts(storage.accounts(), AccountsOptions.defaults(Clock.systemUTC()))) {
            return accounts.login(name, password.toCharArray(), InetAddress.getLoopbackAddress());
        }
    }
}
