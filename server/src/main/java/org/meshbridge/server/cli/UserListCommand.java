package org.meshbridge.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.meshbridge.server.accounts.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code meshbridge user list --config FILE}: names, roles, rooms and public keys; never a secret. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the accounts: name, role, rooms, mesh public key, created. No secrets are shown."})
final class UserListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "the server's config file")
    private Path config;

    @Override
    public Integer call() {
        List<Account> accounts = UserStore.withAccounts(config, spec.commandLine(), a -> a.list());
        PrintWriter out = spec.commandLine().getOut();
        if (accounts.isEmpty()) {
            out.println("no accounts; add one with: meshbridge user add NAME --admin --password-stdin --config " + config);
            return ExitCodes.OK;
        }
        out.printf("%-32s %-9s %-30s %-64s %s%n", "NAME", "ROLE", "ROOMS", "MESH PUBLIC KEY", "CREATED");
        for (Account account : accounts) {
            out.printf("%-32s %-9s %-30s %-64s %s%n", account.name(), account.role().code(), account.rooms(),
                    account.meshPublicKey().hex(), account.created());
        }
        return ExitCodes.OK;
    }
}
