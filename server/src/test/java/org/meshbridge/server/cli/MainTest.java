package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.server.app.DaemonLauncher;
import org.meshbridge.server.app.DemoSettings;
import org.meshbridge.server.app.ForegroundLauncher;
import org.meshbridge.server.app.Launch;
import org.meshbridge.server.app.StartupException;
import org.meshbridge.server.config.MeshbridgeConfigTestSupport;
import org.meshbridge.server.config.RadioType;
import picocli.CommandLine;

/** The command tree through {@link CommandLine#execute}, with stdout and stderr captured. */
class MainTest {

    private final RecordingLauncher launcher = new RecordingLauncher();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void versionPrintsTheMavenProjectVersionOnOneLine() {
        int exit = execute("--version");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(System.getProperty("meshbridge.expectedVersion")).isNotBlank().doesNotContain("${");
        assertThat(out.toString()).isEqualTo("meshbridge " + System.getProperty("meshbridge.expectedVersion")
                + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsTheRunCommandTheListenOptionAndTheExitCodes() {
        int exit = execute("--help");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("Usage: meshbridge", "run ", "--listen=HOST:PORT", "--insecure", "Exit codes:")
                .contains("0   success", "1   runtime failure", "2   usage error");
        assertThat(launcher.runs).isEmpty();
    }

    @Test
    void noArgumentsRunsTheDemoOnLoopbackPort7070() {
        int exit = execute();

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(launcher.runs).hasSize(1);
        DemoSettings settings = launcher.runs.get(0);
        assertThat(settings.listen().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.listen().getPort()).isEqualTo(7070);
        assertThat(settings.insecure()).isFalse();
    }

    @Test
    void runWithoutConfigRunsTheDemoWithItsListenOption() {
        int exit = execute("run", "--listen", "[::1]:0");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(launcher.runs).singleElement()
                .satisfies(s -> assertThat(s.listen().getAddress().isLoopbackAddress()).isTrue())
                .satisfies(s -> assertThat(s.listen().getPort()).isZero());
    }

    @Test
    void unknownOptionExitsTwoWithOneLineThatNamesIt() {
        int exit = execute("--bogus");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("meshbridge: Unknown option: '--bogus' (see 'meshbridge --help')"
                + System.lineSeparator());
        assertThat(launcher.runs).isEmpty();
    }

    @Test
    void unknownCommandExitsTwoWithOneLine() {
        int exit = execute("frobnicate");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("meshbridge: ").contains("frobnicate");
    }

    @Test
    void malformedListenAddressExitsTwoSayingWhatIsWrong() {
        int exit = execute("--listen", "127.0.0.1:99999");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge: Invalid value for option '--listen':"
                + " '127.0.0.1:99999' has no valid port (0..65535) (see 'meshbridge --help')");
    }

    @Test
    void nonLoopbackListenWithoutInsecureIsRefused() {
        int exit = execute("--listen", "0.0.0.0:7070");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge: refusing to listen on 0.0.0.0:7070: not a loopback address"
                + " and no TLS; listen on 127.0.0.1 behind a TLS reverse proxy, set server.tls in a config file"
                + " (run --config), or add --insecure");
        assertThat(launcher.runs).isEmpty();
    }

    @Test
    void runRefusesANonLoopbackListenWithoutInsecureToo() {
        int exit = execute("run", "--listen", "0.0.0.0:7070");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("meshbridge run: refusing to listen on 0.0.0.0:7070");
        assertThat(launcher.runs).isEmpty();
    }

    @Test
    void nonLoopbackListenWithInsecureIsAccepted() {
        int exit = execute("--listen", "0.0.0.0:7070", "--insecure");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(launcher.runs).singleElement().satisfies(s -> {
            assertThat(s.insecure()).isTrue();
            assertThat(s.listen().getAddress().isAnyLocalAddress()).isTrue();
        });
    }

    @Test
    void runWithAMissingConfigFileExitsTwoNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");

        int exit = execute("run", "--config", missing.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge run: config file " + missing + " does not exist");
        assertThat(launcher.runs).isEmpty();
    }

    @Test
    void runWithADirectoryAsConfigExitsTwo(@TempDir Path dir) {
        int exit = execute("run", "--config", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge run: config file " + dir + " is not a readable file");
    }

    @Test
    void runWithAConfigChecksItAndLaunchesTheConfiguredNode(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("meshbridge.yaml"),
                "node: { name: \"Town Bridge\" }\nradio: { type: kiss, device: \"tcp://127.0.0.1:5000\" }\n");

        int exit = execute("run", "--config", config.toString(), "--data-dir", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(launcher.launches).singleElement().satisfies(launch -> {
            assertThat(launch.mode()).isEqualTo(Launch.Mode.RUN);
            assertThat(launch.config().node().name()).isEqualTo("Town Bridge");
            assertThat(launch.config().node().dataDir()).isEqualTo(dir);
            assertThat(launch.config().radio().type()).isEqualTo(RadioType.KISS);
            assertThat(launch.config().server().listen().toString()).isEqualTo("127.0.0.1:7070");
        });
        assertThat(launcher.runs).isEmpty();
    }

    @Test
    void listenOnTheCommandLineReplacesTheConfigsAndIsCheckedLikeTheDemos(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("meshbridge.yaml"), "radio: { type: none }\n");

        int ok = execute("run", "--config", config.toString(), "--listen", "[::1]:0");
        int refused = execute("run", "--config", config.toString(), "--listen", "0.0.0.0:7070");

        assertThat(ok).isEqualTo(ExitCodes.OK);
        assertThat(launcher.launches).singleElement()
                .satisfies(l -> assertThat(l.config().server().listen().toString()).isEqualTo("[::1]:0"));
        assertThat(refused).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("meshbridge run: refusing to listen on 0.0.0.0:7070");
    }

    @Test
    void runWithABadConfigExitsTwoNamingTheFileTheKeyAndTheReason(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("meshbridge.yaml"),
                "radio: { type: kiss, device: /dev/ttyUSB0, spreading_factor: 13 }\n");

        int exit = execute("run", "--config", config.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge run: " + config + ": radio.spreading_factor: must be 5..12, was 13");
        assertThat(launcher.launches).isEmpty();
    }

    @Test
    void configCheckPrintsOkAndASummaryOfTheExampleFile() {
        Path example = MeshbridgeConfigTestSupport.example();

        int exit = execute("config", "check", example.toString());

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).containsExactly("ok: " + example,
                "node: \"Town Bridge\", data in ./data",
                "radio: kiss on /dev/ttyUSB0, 869.618 MHz, BW 62.5 kHz, SF 8, CR 4/5",
                "airtime: 10% of every 1 h, internet share 0%, queue 64",
                "server: http://127.0.0.1:7070",
                "storage: jdbc:sqlite:./data/meshbridge.db, retention 365 days",
                "room: lobby",
                "channel: public (hash 11), internet posts kept off the air",
                "channel: test (hash d9), internet posts kept off the air",
                "monitoring: up to 10000 nodes; late after 1.5 and offline after 3 advert intervals; 2 node override(s),"
                        + " 2 maintenance window(s)",
                "companion: 127.0.0.1:5000 as account alice");
        assertThat(err.toString()).isEmpty();
        assertThat(launcher.launches).isEmpty();
    }

    @Test
    void configCheckOfAnUnknownSectionExitsTwoWithOneLine(@TempDir Path dir) throws IOException {
        // every section is built now (the last, mqtt and companion, landed): an unknown one is the remaining refusal
        Path config = Files.writeString(dir.resolve("meshbridge.yaml"), "radio: { type: sim }\nbogus: { enabled: true }\n");

        int exit = execute("config", "check", config.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).startsWith("meshbridge config check: " + config + ": bogus").contains("companion");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void configCheckOfAMissingFileExitsTwo(@TempDir Path dir) {
        int exit = execute("config", "check", dir.resolve("nope.yaml").toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge config check: config file " + dir.resolve("nope.yaml") + " does not exist");
    }

    @Test
    void aStartupFailureExitsOneWithItsMessageOnOneLine() {
        DaemonLauncher failing = (settings, o, e) -> {
            throw new StartupException("port 7070 on 127.0.0.1 is in use; set server.listen or --listen", null);
        };

        int exit = execute(failing);

        assertThat(exit).isEqualTo(ExitCodes.RUNTIME_FAILURE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge: port 7070 on 127.0.0.1 is in use; set server.listen or --listen");
    }

    @Test
    void anUnexpectedFailureExitsOneWithOneLine() {
        DaemonLauncher failing = (settings, o, e) -> {
            throw new IllegalStateException("boom\nsecond line");
        };

        int exit = execute(failing);

        assertThat(exit).isEqualTo(ExitCodes.RUNTIME_FAILURE);
        assertThat(oneErrorLine()).isEqualTo("meshbridge: unexpected error: java.lang.IllegalStateException: boom;"
                + " second line (please report it with the command you ran)");
    }

    @Test
    @Timeout(30)
    void theRealLauncherExitsOneWhenThePortIsTaken(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            int exit = execute(new ForegroundLauncher(), "--listen", "127.0.0.1:" + port, "--data-dir", dir.toString());

            assertThat(exit).isEqualTo(ExitCodes.RUNTIME_FAILURE);
            assertThat(oneErrorLine())
                    .isEqualTo("meshbridge: port " + port + " on 127.0.0.1 is in use; set server.listen or --listen");
            assertThat(out.toString()).isEmpty();
        }
    }

    private int execute(String... args) {
        return execute(launcher, args);
    }

    private int execute(DaemonLauncher with, String... args) {
        CommandLine commandLine = Main.commandLine(with);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String oneErrorLine() {
        String text = err.toString();
        assertThat(text).endsWith(System.lineSeparator());
        assertThat(text.lines()).hasSize(1);
        return text.strip();
    }

    /** Records each run instead of serving: demo settings in {@code runs}, configured runs in {@code launches}. */
    private static final class RecordingLauncher implements DaemonLauncher {
        final List<DemoSettings> runs = new ArrayList<>();
        final List<Launch> launches = new ArrayList<>();

        @Override
        public void runDemo(DemoSettings settings, PrintWriter out, PrintWriter err) {
            runs.add(settings);
        }

        @Override
        public void run(Launch launch, PrintWriter out, PrintWriter err) {
            launches.add(launch);
        }
    }
}
