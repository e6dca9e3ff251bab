package org.meshbridge.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshbridge.server.app.StartupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshbridge user remove NAME --config FILE}. */
@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Remove an account, its sessions and its mesh identity (its key is deleted)."})
final class UserRemoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    private String name;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "the server's config file")
    private Path config;

    @Override
    public Integer call() {
        boolean removed = UserStore.withAccounts(config, spec.commandLine(), accounts -> accounts.remove(name));
        if (!removed) {
            throw new StartupException("no account " + name, null);
        }
        spec.commandLine().getOut().println("removed " + name);
        return ExitCodes.OK;
    }
}
