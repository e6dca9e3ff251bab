package org.meshbridge.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshbridge.server.app.Launch;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.config.NodeSettings;
import org.meshbridge.server.config.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code meshbridge run [--config FILE]}: the foreground server; without a config, the demo. A
 * config is checked first (exit 2 with the key path and reason); {@code --listen},
 * {@code --insecure} and {@code --data-dir} given on the command line replace the file's values.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the server in the foreground until Ctrl-C or SIGTERM.",
            "Without --config it runs the demo (the same as 'meshbridge' with no arguments)."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServeOptions serve;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "The YAML config file (docs/configuration.md).")
    private Path config;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (config == null) {
            return main.runDemo(serve, commandLine);
        }
        if (serve.mqtt != null) {
            throw new InvalidInput(commandLine, "--mqtt is for the demo; with --config, set the mqtt section instead");
        }
        return main.run(Launch.run(withOverrides(ConfigFiles.load(config, commandLine), commandLine)), commandLine);
    }

    private MeshbridgeConfig withOverrides(MeshbridgeConfig file, CommandLine commandLine) {
        NodeSettings node = serve.dataDir == null ? file.node() : new NodeSettings(file.node().name(), serve.dataDir);
        return file.withOverrides(node, serve.serverSettings(file.server(), commandLine));
    }
}
