package org.meshbridge.server.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.meshbridge.server.accounts.Account;
import org.meshbridge.server.accounts.Role;
import org.meshbridge.server.accounts.RoomGrants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshbridge user add NAME [--admin|--role R] [--rooms LIST] --password-stdin --config FILE}. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Add an account, with its own mesh identity (its posts and direct messages on RF).",
            "The password is read from the first line of stdin."},
        footer = {"%nExamples:",
            "  printf '%s\\n' \"$PW\" | meshbridge user add alice --admin --password-stdin --config meshbridge.yaml",
            "  meshbridge user add bob --rooms 'lobby,news:read' --password-stdin --config meshbridge.yaml < pw.txt"})
final class UserAddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "1..32 of a-z, 0-9, '.', '_', '-'")
    private String name;

    @Option(names = "--admin", description = "an administrator (same as --role admin)")
    private boolean admin;

    @Option(names = "--role", paramLabel = "ROLE", description = "admin, member (default) or read-only")
    private String role;

    @Option(names = "--rooms", paramLabel = "LIST", description = {"rooms and permissions, e.g. 'lobby,news:read'"
            + " ('*' = every other room, default permission post);", "default: every room (read-only: read only)"})
    private String rooms;

    @Option(names = "--password-stdin", description = "read the password from stdin (required)")
    private boolean passwordStdin;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "the server's config file")
    private Path config;

    @Override
    public Integer call() {
        Role chosen = role();
        Optional<RoomGrants> grants = rooms == null ? Optional.empty() : Optional.of(parseRooms());
        Account added = UserStore.withPasswordFromStdin(passwordStdin, spec.commandLine(),
                password -> UserStore.withAccounts(config, spec.commandLine(),
                        accounts -> accounts.add(name, chosen, grants, password)));
        spec.commandLine().getOut().println("added " + added.name() + " (" + added.role().code() + ", rooms "
                + added.rooms() + "), mesh public key " + added.meshPublicKey().hex());
        return ExitCodes.OK;
    }

    private Role role() {
        if (admin && role != null && Role.fromCode(role).orElse(null) != Role.ADMIN) {
            throw new InvalidInput(spec.commandLine(), "--admin and --role " + role + " contradict each other");
        }
        if (admin) {
            return Role.ADMIN;
        }
        if (role == null) {
            return Role.MEMBER;
        }
        return Role.fromCode(role).orElseThrow(() -> new InvalidInput(spec.commandLine(),
                "--role must be admin, member or read-only, was \"" + role + "\""));
    }

    private RoomGrants parseRooms() {
        try {
            return RoomGrants.parse(rooms);
        } catch (org.meshbridge.server.accounts.AccountException e) {
            throw new InvalidInput(spec.commandLine(), "--" + e.getMessage());
        }
    }
}
