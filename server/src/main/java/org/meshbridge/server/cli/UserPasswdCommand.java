package org.meshbridge.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code meshbridge user passwd NAME --password-stdin --config FILE}. */
@Command(name = "passwd", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Set an account's password (first line of stdin). Every session of the account ends."})
final class UserPasswdCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    private String name;

    @Option(names = "--password-stdin", description = "read the password from stdin (required)")
    private boolean passwordStdin;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "the server's config file")
    private Path config;

    @Override
    public Integer call() {
        UserStore.withPasswordFromStdin(passwordStdin, spec.commandLine(),
                password -> UserStore.withAccounts(config, spec.commandLine(), accounts -> {
                    accounts.passwd(name, password);
                    return null;
                }));
        spec.commandLine().getOut().println("password of " + name + " changed; its sessions were ended");
        return ExitCodes.OK;
    }
}
