package org.meshbridge.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meshbridge watch}'s options: every bad one is exit 2 with one line naming it, before any connection. */
class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void theBrokerIsRequired() {
        CommandRun run = CommandRun.execute("watch");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("--broker");
    }

    @Test
    void aBrokerUrlWithAnotherSchemeIsAUsageError() {
        CommandRun run = CommandRun.execute("watch", "--broker", "http://127.0.0.1:1883");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge watch: --broker: the scheme must be mqtt, mqtts, ws or wss,"
                + " was http://127.0.0.1:1883");
    }

    @Test
    void aWebhookNeedsASecretFile() {
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtt://127.0.0.1", "--webhook", "https://h.example/x");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("--webhook needs --webhook-secret-file");
    }

    @Test
    void aPlainHttpWebhookToAnotherHostIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("s"), "0123456789abcdef0123");
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtt://127.0.0.1", "--webhook", "http://h.example/x",
                "--webhook-secret-file", secret.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("--webhook plain http is allowed to a loopback host only");
    }

    @Test
    void credentialsInTheBrokerUrlAreRefused() {
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtt://user:pw@127.0.0.1");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("use --username and --password-file");
    }

    @Test
    void aCaFileNeedsATlsBroker() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "not used");
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtt://127.0.0.1", "--ca-file", ca.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge watch: --ca-file needs a TLS broker (mqtts:// or wss://),"
                + " not mqtt://127.0.0.1:1883");
    }

    @Test
    void aCaFileThatHoldsNoCertificateIsAUsageErrorNamingIt() throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtts://127.0.0.1", "--ca-file", ca.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).startsWith("meshbridge watch: CA file " + ca);
    }

    @Test
    void aClientCertificateNeedsItsKey() throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "x");
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtts://127.0.0.1", "--cert-file", cert.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).isEqualTo("meshbridge watch: --cert-file and --key-file go together");
    }

    @Test
    void aConfigFileGivesTheLivenessRulesAndItsWebhooks() throws Exception {
        Path config = Files.writeString(dir.resolve("meshbridge.yaml"), """
                radio: { type: none }
                monitoring: { liveness: { offline_factor: 5, check_every: 2m } }
                alerts: { webhooks: [ { url: "https://hooks.example.org/a", secret: "0123456789abcdef" } ] }
                """);
        Path secret = Files.writeString(dir.resolve("s"), "fedcba9876543210");
        WatchCommand command = new WatchCommand();
        new picocli.CommandLine(command).parseArgs("--broker", "mqtt://127.0.0.1", "--config", config.toString(),
                "--webhook", "https://hooks.example.org/b", "--webhook-secret-file", secret.toString());

        var settings = command.settings();

        assertThat(settings.liveness().offlineFactor()).isEqualTo(5.0);
        assertThat(settings.liveness().checkEvery()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(settings.webhooks()).extracting(w -> w.url().toString())
                .containsExactly("https://hooks.example.org/a", "https://hooks.example.org/b");
        assertThat(settings.webhooks().get(1).secret()).isEqualTo("fedcba9876543210");
    }

    @Test
    void aBadConfigFileIsAUsageErrorNamingTheKey() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "radio: { type: none }\nmonitoring: { colour: red }\n");

        CommandRun run = CommandRun.execute("watch", "--broker", "mqtt://127.0.0.1", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("--config").contains("monitoring.colour");
    }

    @Test
    void aWildcardPrefixIsRefused() {
        CommandRun run = CommandRun.execute("watch", "--broker", "mqtt://127.0.0.1", "--prefix", "mesh/#");

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.oneErrorLine()).contains("--prefix");
    }
}
