package org.meshbridge.protocol.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The harness itself: ordering, hangs, crashes, clean-up, and how it finds the oracles. */
class LineServerProcessTest {

    /** A tiny line server: "pid" → its pid, "hang" → never answers, "exit" → dies, else echoes. */
    private static final String FAKE_SERVER = String.join("\n",
            "const rl = require('readline').createInterface({ input: process.stdin });",
            "rl.on('line', (line) => {",
            "  if (line === 'hang') return;",
            "  if (line === 'exit') process.exit(3);",
            "  process.stdout.write(JSON.stringify(line === 'pid' ? { pid: process.pid } : { echo: line }) + '\\n');",
            "});");

    private static OracleInstallation installation;

    @BeforeAll
    static void needsNode() {
        installation = OracleInstallation.require(MeshcoreDecoderOracle.NPM_PACKAGE, MeshcoreDecoderOracle.VERSION);
    }

    @Test
    void repliesComeBackInRequestOrderOverALongSession() {
        try (MeshcoreDecoderOracle decoder = MeshcoreDecoderOracle.start()) {
            for (int i = 0; i < 300; i++) {
                String ack = String.format("%08X", i * 0x01010101);
                JsonNode packet = decoder.decode("0D00" + ack);
                assertThat(packet.at("/payload/decoded/checksum").asText()).isEqualTo(ack);
            }
        }
    }

    @Test
    void aHangingProcessIsKilledAfterTheTimeoutAndTheNextRequestGetsAFreshOne() {
        try (LineServerProcess server = fakeServer(Duration.ofMillis(1500))) {
            long firstPid = pid(server);
            assertThatThrownBy(() -> server.request("hang"))
                    .isInstanceOf(OracleException.class)
                    .hasMessageContaining("no reply within 1500 ms")
                    .hasMessageContaining("[hang]");
            assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(pid(server)).isNotEqualTo(firstPid);
            assertThat(server.request("still here")).isEqualTo("{\"echo\":\"still here\"}");
        }
    }

    @Test
    void aProcessThatDiesIsReportedWithItsExitCodeAndReplaced() {
        try (LineServerProcess server = fakeServer(Duration.ofSeconds(20))) {
            long firstPid = pid(server);
            assertThatThrownBy(() -> server.request("exit"))
                    .isInstanceOf(OracleException.class)
                    .hasMessageContaining("process ended (exit 3)");
            assertThat(pid(server)).isNotEqualTo(firstPid);
        }
    }

    @Test
    void closeKillsTheProcess() {
        LineServerProcess server = fakeServer(Duration.ofSeconds(20));
        long pid = pid(server);
        server.close();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void multiLineRequestsAreRefused() {
        try (LineServerProcess server = fakeServer(Duration.ofSeconds(20))) {
            assertThatThrownBy(() -> server.request("a\nb")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void repositoryRootIsFoundFromAModuleSubdirectory() {
        Path root = installation.directory().getParent();
        assertThat(OracleInstallation.findRepositoryRoot(root.resolve("protocol/src/test"))).contains(root);
        assertThat(Files.isRegularFile(root.resolve("oracles/package.json"))).isTrue();
    }

    @Test
    void aMissingOracleIsSkippedByDefaultAndFailsWhenRequired() {
        String before = System.getProperty(OracleInstallation.MODE_PROPERTY);
        try {
            System.setProperty(OracleInstallation.MODE_PROPERTY, "optional");
            assertThatThrownBy(() -> OracleInstallation.require("@meshbridge/not-installed", "1.0.0"))
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("@meshbridge/not-installed 1.0.0 unavailable");
            System.setProperty(OracleInstallation.MODE_PROPERTY, "required");
            assertThatThrownBy(() -> OracleInstallation.require(MeshcoreJsOracle.NPM_PACKAGE, "0.0.1"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("installed version is " + MeshcoreJsOracle.VERSION)
                    .hasMessageContaining("scripts/test");
        } finally {
            if (before == null) {
                System.clearProperty(OracleInstallation.MODE_PROPERTY);
            } else {
                System.setProperty(OracleInstallation.MODE_PROPERTY, before);
            }
        }
    }

    private static LineServerProcess fakeServer(Duration timeout) {
        return new LineServerProcess(List.of("node", "-e", FAKE_SERVER), installation.directory(), timeout);
    }

    private static long pid(LineServerProcess server) {
        return OracleReplies.parse(server.request("pid"), "pid").path("pid").asLong();
    }
}
