package org.meshbridge.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import org.meshbridge.server.accounts.AccountException;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.AccountsOptions;
import org.meshbridge.server.app.StartupException;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.store.Storage;
import org.meshbridge.server.store.StoreOptions;
import org.meshbridge.server.store.Stores;
import picocli.CommandLine;

/**
 * What the {@code user} commands share: the config's database opened for one operation, the
 * password read from stdin, and account errors turned into one-line messages with the right exit code.
 */
final class UserStore {

    /** Longest stdin read for a password: the longest password in UTF-8 and a line end. */
    private static final int MAX_PASSWORD_BYTES = 4 * 512 + 2;
    /** A running server holds SQLite's write lock: fail after this long instead of the server's 30 s. */
    private static final Duration BUSY_WAIT = Duration.ofSeconds(3);

    private UserStore() {
    }

    /** Runs {@code work} on the accounts of {@code configFile}'s database. */
    static <T> T withAccounts(Path configFile, CommandLine commandLine, Function<Accounts, T> work) {
        MeshbridgeConfig config = ConfigFiles.load(configFile, commandLine);
        StoreOptions options = new StoreOptions(Clock.systemUTC(), 500, Duration.ZERO, 10_000, 1, BUSY_WAIT);
        Storage storage;
        try {
            storage = Stores.open(config.storage().url(), options);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
                throw new StartupException("the database " + config.storage().redactedUrl() + " is in use by a running"
                        + " meshbridge (SQLite allows one writer): stop it first, or use the admin API"
                        + " /api/v1/admin/users while it runs", e);
            }
            throw new StartupException("cannot open storage.url " + config.storage().redactedUrl() + ": "
                    + message.lines().findFirst().orElse(""), e);
        }
        try (storage; Accounts accounts = new Accounts(storage.accounts(), AccountsOptions.defaults(Clock.systemUTC()))) {
            return work.apply(accounts);
        } catch (AccountException e) {
            throw switch (e.reason()) {
                case EXISTS, NOT_FOUND, BUSY -> new StartupException(e.getMessage(), e);
                default -> new InvalidInput(commandLine, e.getMessage());
            };
        }
    }

    /**
     * Runs {@code work} with the password from stdin (refused unless {@code --password-stdin} was
     * given) and wipes the password afterwards, whatever {@code work} did.
     */
    static <T> T withPasswordFromStdin(boolean passwordStdin, CommandLine commandLine, Function<char[], T> work) {
        requirePasswordStdin(passwordStdin, commandLine);
        char[] password = passwordFromStdin(commandLine);
        try {
            return work.apply(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The password: the first line of stdin, without its line end. */
    private static char[] passwordFromStdin(CommandLine commandLine) {
        Main main = (Main) commandLine.getCommandSpec().root().userObject();
        byte[] bytes;
        try {
            bytes = main.stdin().readNBytes(MAX_PASSWORD_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInput(commandLine, "cannot read the password from stdin: " + e.getMessage());
        }
        try {
            if (bytes.length > MAX_PASSWORD_BYTES) {
                throw new InvalidInput(commandLine, "stdin holds more than a password (" + MAX_PASSWORD_BYTES + " bytes)");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new InvalidInput(commandLine, "no password on stdin: pipe it in, e.g. "
                        + "printf '%s\\n' \"$PASSWORD\" | meshbridge user ... --password-stdin");
            }
            return line.toCharArray();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Fails unless {@code --password-stdin} was given (a password on the command line would show in ps). */
    private static void requirePasswordStdin(boolean given, CommandLine commandLine) {
        if (!given) {
            throw new InvalidInput(commandLine, "give the password on stdin with --password-stdin"
                    + " (never as an argument: other users could read it in the process list)");
        }
    }
}
