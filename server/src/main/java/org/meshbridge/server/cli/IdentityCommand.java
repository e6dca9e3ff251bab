package org.meshbridge.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code meshbridge identity show|import}: node identity files. */
@Command(name = "identity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Inspect or import a node identity file.",
        subcommands = {IdentityShowCommand.class, IdentityImportCommand.class})
final class IdentityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: show or import");
    }
}
