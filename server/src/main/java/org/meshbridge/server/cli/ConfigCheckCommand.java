package org.meshbridge.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshbridge.server.config.MeshbridgeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code meshbridge config check FILE}: reads the file as {@code run --config} would and prints
 * {@code ok} with a summary (exit 0), or the key path and the reason (exit 2). It opens no radio
 * and no port.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a config file without starting anything.",
            "Prints 'ok' and what it would run, or the first problem with its key path (exit 2)."})
final class ConfigCheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The YAML config file.")
    private Path file;

    @Override
    public Integer call() {
        MeshbridgeConfig config = ConfigFiles.load(file, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        out.println("ok: " + file);
        config.summary().forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
