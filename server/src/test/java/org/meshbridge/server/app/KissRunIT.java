package org.meshbridge.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.HardwareRequest;
import org.meshbridge.protocol.kiss.HardwareResponse;
import org.meshbridge.server.config.MeshbridgeConfig;
import org.meshbridge.server.radio.PeerStream;
import org.meshbridge.server.radio.ScriptedKissModem;

/**
 * {@code run --config} with {@code radio: {type: kiss, device: tcp://127.0.0.1:PORT}} against a
 * scripted KISS modem behind a local server socket: the link is configured, comes up, and
 * {@code /healthz} and the packet log show it.
 */
class KissRunIT {

    @TempDir
    Path dataDir;

    @Test
    @Timeout(60)
    void aConfiguredKissModemOverTcpComesUpAndHealthzReportsIt() throws Exception {
        try (ServerSocket modemPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            modemPort.setSoTimeout((int) TimeUnit.SECONDS.toMillis(30));
            ManualScheduler scheduler = new ManualScheduler();
            MeshbridgeConfig config = MeshbridgeConfig.parse("""
                    node: { name: "Kiss Bridge", data_dir: "%s" }
                    radio: { type: kiss, device: "tcp://127.0.0.1:%d", frequency_hz: 869525000, spreading_factor: 11 }
                    server: { listen: "127.0.0.1:0" }
                    """.formatted(dataDir.toString().replace("\\", "/"), modemPort.getLocalPort()));
            MeshbridgeServer server = MeshbridgeServer.start(Launch.run(config),
                    new Environment(scheduler, new SplittableRandom(3), new SecureRandom()));
            try {
                scheduler.runPending();
                ScriptedKissModem modem = ScriptedKissModem.on(PeerStream.accept(modemPort));
                modem.expect(HardwareRequest.GetVersion.class);
                HardwareRequest.SetRadio setRadio = modem.expect(HardwareRequest.SetRadio.class);
                LinkState.Up up = server.radioUp().toCompletableFuture().get(30, TimeUnit.SECONDS);

                JsonNode health = HttpJson.get(server.httpAddress(), "/healthz").body();
                assertThat(setRadio.frequencyHz()).isEqualTo(869_525_000L);
                assertThat(setRadio.spreadingFactor()).isEqualTo(11);
                assertThat(up.detail()).isEqualTo("KISS modem v1 on tcp://127.0.0.1:" + modemPort.getLocalPort());
                assertThat(health.path("status").asText()).isEqualTo("ok");
                assertThat(health.path("mode").asText()).isEqualTo("run");
                assertThat(health.path("radio").toString()).isEqualTo("{\"state\":\"up\",\"id\":\"kiss0\",\"type\":\"kiss\","
                        + "\"detail\":\"KISS modem v1 on tcp://127.0.0.1:" + modemPort.getLocalPort() + "\"}");
                assertThat(health.at("/node/name").asText()).isEqualTo("Kiss Bridge");

                modem.send(new DataFrame(Bytes.fromHex("0D00AABBCCDD")), new HardwareResponse.RxMeta(-22, -101));
                JsonNode packet = awaitFirstPacket(server, scheduler);
                assertThat(packet.path("link").asText()).isEqualTo("kiss0");
                assertThat(packet.path("snr").asDouble()).isEqualTo(-5.5);
                assertThat(packet.path("rssi").asInt()).isEqualTo(-101);
                assertThat(packet.at("/decoded/type").asText()).isEqualTo("ACK");
                assertThat(packet.at("/decoded/checksum").asText()).isEqualTo("aabbccdd");
                modem.close();
            } finally {
                server.close();
                scheduler.runPending();
            }
            assertThat(server.health().radio().state().code()).isEqualTo("closed");
        }
    }

    /** Runs the node's tasks as the link hands frames over until the packet log has one. */
    private static JsonNode awaitFirstPacket(MeshbridgeServer server, ManualScheduler scheduler) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            scheduler.runPending();
            JsonNode packets = HttpJson.get(server.httpAddress(), "/api/v1/packets").body().path("packets");
            if (packets.size() > 0) {
                return packets.get(0);
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no packet logged within 30 s");
    }
}
