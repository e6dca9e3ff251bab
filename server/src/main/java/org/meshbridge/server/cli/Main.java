package org.meshbridge.server.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.meshbridge.server.app.DaemonLauncher;
import org.meshbridge.server.app.ForegroundLauncher;
import org.meshbridge.server.app.Launch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code meshbridge}: with no arguments, the demo; otherwise the subcommand named.
 *
 * <p>Subcommands are listed in {@code subcommands} below, one class each in this package
 * ({@link RunCommand}, {@link DecodeCommand}, {@link KeygenCommand}, {@link IdentityCommand}).
 * A usage error is a {@link picocli.CommandLine.ParameterException} (exit 2); a runtime
 * failure is a {@link org.meshbridge.server.app.StartupException} (exit 1).
 */
@Command(name = "meshbridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "A MeshCore LoRa mesh node and internet bridge.",
            "With no command it runs a demo: no config, HTTP on 127.0.0.1:7070 (GET /healthz).",
            "Tools: decode (print a packet), keygen and identity (node keys), user (accounts), watch (node-silence\n"
                    + "watchdog over MQTT)."},
        subcommands = {
            RunCommand.class,
            ConfigCommand.class,
            DecodeCommand.class,
            KeygenCommand.class,
            IdentityCommand.class,
            GatewayCommand.class,
            UserCommand.class,
            WatchCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:runtime failure (e.g. the port is in use)",
            "2:usage error or invalid input (unknown option, bad value, missing file, invalid packet)"},
        footer = {"%nDocs: README.md and docs/cli.md in the meshbridge repository."})
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServeOptions serve;

    private final DaemonLauncher launcher;
    private final InputStream stdin;

    /** A root command whose servers are run by {@code launcher}, reading {@code System.in}. */
    public Main(DaemonLauncher launcher) {
        this(launcher, System.in);
    }

    /** A root command whose servers are run by {@code launcher} and whose tools read {@code stdin}. */
    public Main(DaemonLauncher launcher, InputStream stdin) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** Runs the command line; stdout and stderr are UTF-8 (names and messages off the air are Unicode). */
    public static void main(String[] args) {
        CommandLine commandLine = commandLine(new ForegroundLauncher())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The configured command tree, for {@link #main} and for tests ({@code execute} + captured writers). */
    public static CommandLine commandLine(DaemonLauncher launcher) {
        return commandLine(launcher, System.in);
    }

    /** The command tree with {@code stdin} as the tools' standard input (for tests). */
    public static CommandLine commandLine(DaemonLauncher launcher, InputStream stdin) {
        OneLineErrors errors = new OneLineErrors();
        return new CommandLine(new Main(launcher, stdin))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** What {@code -} arguments read. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public Integer call() {
        return runDemo(serve, spec.commandLine());
    }

    int runDemo(ServeOptions options, CommandLine commandLine) {
        launcher.runDemo(options.demoSettings(commandLine), commandLine.getOut(), commandLine.getErr());
        return ExitCodes.OK;
    }

    /** Runs {@code launch} (a configured node) with this command's launcher. */
    int run(Launch launch, CommandLine commandLine) {
        launcher.run(launch, commandLine.getOut(), commandLine.getErr());
        return ExitCodes.OK;
    }
}
