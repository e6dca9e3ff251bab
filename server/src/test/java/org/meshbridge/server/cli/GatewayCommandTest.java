package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.RadioLink;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.server.gateway.GatewayClientSettings;
import org.meshbridge.server.radio.CompanionRawLink;
import org.meshbridge.server.radio.DeviceAddress;
import org.meshbridge.server.radio.KissModemLink;
import picocli.CommandLine;

/** {@code meshbridge gateway}: option checks through {@link CommandLine#execute}, with a recording runner. */
class GatewayCommandTest {

    private static final String TOKEN = "hilltop-secret-token-0123456789";

    private final List<GatewayClientSettings> runs = new ArrayList<>();
    private final List<RadioChoice> radios = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void wssWithAnIdRunsTheGatewayWithTheDefaultPathAndBuffer() {
        int exit = execute("gateway", "--radio", "/dev/ttyUSB0", "--server", "wss://mesh.example.org:7070",
                "--token", TOKEN, "--id", "hilltop");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(radios).containsExactly(new RadioChoice("kiss", new DeviceAddress.Serial("/dev/ttyUSB0"),
                RadioParameters.MESHCORE_DEFAULT));
        GatewayClientSettings settings = runs.get(0);
        assertThat(settings.server()).isEqualTo(URI.create("wss://mesh.example.org:7070/api/v1/gateway"));
        assertThat(settings.gatewayId()).isEqualTo("hilltop");
        assertThat(settings.token()).isEqualTo(TOKEN);
        assertThat(settings.bufferCapacity()).isEqualTo(1000);
        assertThat(settings.insecure()).isFalse();
        assertThat(settings.caFile()).isEmpty();
        assertThat(settings.software()).startsWith("meshbridge ");
        assertThat(settings.toString()).doesNotContain(TOKEN);
    }

    @Test
    void plainWsToANonLoopbackHostExitsTwoWithOneLineThatSaysWhatToDo() {
        int exit = execute("gateway", "--radio", "/dev/ttyUSB0", "--server", "ws://192.0.2.10:7070",
                "--token", TOKEN, "--id", "hilltop");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(runs).isEmpty();
        assertThat(err.toString()).isEqualTo("meshbridge gateway: --server: refusing ws:// to 192.0.2.10: not a"
                + " loopback host, and the token and packets would travel unencrypted; use wss:// (the server needs"
                + " server.tls), or add --insecure" + System.lineSeparator());
    }

    @Test
    void plainWsToANonLoopbackHostRunsWithInsecure() {
        int exit = execute("gateway", "--radio", "tcp://10.0.0.5:5000", "--server", "ws://192.0.2.10:7070",
                "--token", TOKEN, "--id", "hilltop", "--insecure", "--buffer", "50");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(runs).singleElement().satisfies(s -> {
            assertThat(s.insecure()).isTrue();
            assertThat(s.bufferCapacity()).isEqualTo(50);
        });
    }

    @Test
    void plainWsToLoopbackNeedsNoInsecure() {
        int exit = execute("gateway", "--radio", "/dev/ttyACM0", "--server", "ws://127.0.0.1:7070", "--token", TOKEN,
                "--id", "bench");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(runs).singleElement().satisfies(s -> assertThat(s.server())
                .isEqualTo(URI.create("ws://127.0.0.1:7070/api/v1/gateway")));
    }

    @Test
    void aMissingTokenOrCaFileExitsTwo() {
        assertThat(execute("gateway", "--radio", "/dev/ttyUSB0", "--server", "wss://mesh.example.org"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("meshbridge gateway: Missing required option: '--token=TOKEN'");

        err.getBuffer().setLength(0);
        Path missing = Path.of("no-such-ca.pem");
        assertThat(execute("gateway", "--radio", "/dev/ttyUSB0", "--server", "wss://mesh.example.org",
                "--token", TOKEN, "--id", "hilltop", "--ca-file", missing.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("meshbridge gateway: --ca-file no-such-ca.pem is not a readable file"
                + System.lineSeparator());
    }

    @Test
    void aBadIdExitsTwoNamingTheRule() {
        assertThat(execute("gateway", "--radio", "/dev/ttyUSB0", "--server", "wss://mesh.example.org",
                "--token", TOKEN, "--id", "hill top")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("meshbridge gateway: --id/--token: gateway id must be 1-32 of"
                + " A-Z a-z 0-9 . _ -: 'hill top'" + System.lineSeparator());
    }

    @Test
    void aCompanionOverTcpWithItsLoRaSettingsOpensACompanionRawLink() {
        int exit = execute("gateway", "--radio", "tcp://192.168.1.20:5000", "--radio-type", "companion",
                "--frequency-hz", "910525000", "--bandwidth-hz", "250000", "--sf", "10", "--cr", "7",
                "--server", "wss://mesh.example.org", "--token", TOKEN, "--id", "hilltop");

        assertThat(exit).isEqualTo(ExitCodes.OK);
        RadioChoice choice = radios.get(0);
        assertThat(choice).isEqualTo(new RadioChoice("companion", new DeviceAddress.Tcp("192.168.1.20", 5000),
                new RadioParameters(910_525_000L, 250_000, 10, 7)));
        try (RadioLink link = choice.open(new ManualScheduler())) {
            assertThat(link).isInstanceOf(CompanionRawLink.class);
            assertThat(link.id()).isEqualTo("companion0");
            assertThat(link.modulation()).isEqualTo(choice.modulation());
        }
    }

    @Test
    void theDefaultRadioIsAKissModemWithTheMeshCoreDefaults() {
        RadioChoice choice = new RadioChoice("KISS", new DeviceAddress.Serial("/dev/ttyUSB0"),
                RadioParameters.MESHCORE_DEFAULT);

        try (RadioLink link = choice.open(new ManualScheduler())) {
            assertThat(link).isInstanceOf(KissModemLink.class);
            assertThat(link.id()).isEqualTo("kiss0");
            assertThat(link.modulation()).isEqualTo(RadioParameters.MESHCORE_DEFAULT);
        }
    }

    @Test
    void aBadRadioTypeDeviceOrLoRaSettingExitsTwoNamingTheOption() {
        assertThat(execute("gateway", "--radio", "/dev/ttyUSB0", "--radio-type", "lora32", "--server",
                "wss://mesh.example.org", "--token", TOKEN, "--id", "hilltop")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("meshbridge gateway: --radio: radio type must be kiss or companion,"
                + " not 'lora32'" + System.lineSeparator());

        err.getBuffer().setLength(0);
        assertThat(execute("gateway", "--radio", "tcp://host", "--server", "wss://mesh.example.org",
                "--token", TOKEN, "--id", "hilltop")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("meshbridge gateway: --radio: radio device must look like tcp://host:port");

        err.getBuffer().setLength(0);
        assertThat(execute("gateway", "--radio", "/dev/ttyUSB0", "--sf", "13", "--server", "wss://mesh.example.org",
                "--token", TOKEN, "--id", "hilltop")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("meshbridge gateway: --radio: spreadingFactor must be 5..12: 13"
                + System.lineSeparator());
        assertThat(runs).isEmpty();
    }

    @Test
    void helpListsTheGatewayCommand() {
        assertThat(execute("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("gateway ");
    }

    private int execute(String... args) {
        OneLineErrors errors = new OneLineErrors();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == GatewayCommand.class) {
                    return type.cast(new GatewayCommand((settings, radio, printer) -> {
                        runs.add(settings);
                        radios.add(radio);
                    }));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new Main((settings, o, e) -> { }), factory)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
