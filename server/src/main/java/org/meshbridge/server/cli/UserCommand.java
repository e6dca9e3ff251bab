package org.meshbridge.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code meshbridge user add|passwd|remove|list}: the accounts people sign in with. */
@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Manage the accounts people sign in with (web app, REST, companion clients).",
            "They live in the database of the config's storage.url. There are no default accounts:",
            "create the first admin with 'meshbridge user add NAME --admin --password-stdin --config FILE'."},
        subcommands = {UserAddCommand.class, UserPasswdCommand.class, UserRemoveCommand.class, UserListCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the account exists already (add) or does not exist (passwd, remove), or the database is unusable",
            "2:usage error or invalid input (bad name, password, role or rooms; missing config)"})
final class UserCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: add, passwd, remove or list");
    }
}
