package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.LogRxData;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.HardwareResponse;

/** Both links over {@code tcp://127.0.0.1:port}, with a scripted device behind a local server socket. */
class RadioLinkTcpIT {

    private ServerSocket server;
    private TimerScheduler scheduler;
    private RecordingListener listener;
    private DeviceAddress address;

    @BeforeEach
    void listen() throws Exception {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server.setSoTimeout((int) TimeUnit.SECONDS.toMillis(RecordingListener.WAIT_SECONDS));
        scheduler = new TimerScheduler();
        listener = new RecordingListener();
        address = DeviceAddress.parse("tcp://127.0.0.1:" + server.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static TxResult result(java.util.concurrent.CompletionStage<TxResult> stage) throws Exception {
        return stage.toCompletableFuture().get(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aKissModemOverTcpWorksAndIsReconnectedWhenItHangsUp() throws Exception {
        try (KissModemLink link = new KissModemLink("kiss0", address, KissModemLinkIT.RADIO, scheduler,
                new SplittableRandom(3), KissModemLinkIT.TIMING)) {
            link.start(listener);
            ScriptedKissModem modem = ScriptedKissModem.on(PeerStream.accept(server));
            assertThat(listener.awaitState(LinkState.Up.class).detail())
                    .isEqualTo("KISS modem v1 on tcp://127.0.0.1:" + server.getLocalPort());
            assertThat(modem.receivedBytes()).isEqualTo(KissModemLinkIT.HANDSHAKE);

            modem.send(new DataFrame(KissModemLinkIT.ESCAPED), new HardwareResponse.RxMeta(-4, -99));
            ReceivedFrame frame = listener.nextFrame();
            TxResult sent = result(link.transmit(KissModemLinkIT.ACK));

            modem.close();
            LinkState.Down down = listener.nextState(LinkState.Down.class);
            scheduler.fireNext();
            ScriptedKissModem again = ScriptedKissModem.on(PeerStream.accept(server));

            assertThat(frame.packet()).isEqualTo(KissModemLinkIT.ESCAPED);
            assertThat(frame.signal()).contains(new SignalReport(-4, -99));
            assertThat(sent).isEqualTo(TxResult.SENT);
            assertThat(down.reason()).isEqualTo("tcp://127.0.0.1:" + server.getLocalPort() + " went away (end of stream)");
            listener.nextState(LinkState.Connecting.class);
            listener.nextState(LinkState.Up.class);
            assertThat(result(link.transmit(KissModemLinkIT.ACK))).isEqualTo(TxResult.SENT);
            again.close();
        }
    }

    @Test
    void aCompanionRadioOverTcpWorksAndIsReconnectedWhenItHangsUp() throws Exception {
        try (CompanionRawLink link = new CompanionRawLink("companion0", address, KissModemLinkIT.RADIO, scheduler,
                new SplittableRandom(5), KissModemLinkIT.TIMING)) {
            link.start(listener);
            ScriptedCompanionRadio radio = ScriptedCompanionRadio.on(PeerStream.accept(server));
            assertThat(listener.awaitState(LinkState.Up.class).detail())
                    .isEqualTo("companion radio v1.17.1 (Heltec V3) in raw mode on tcp://127.0.0.1:" + server.getLocalPort());
            assertThat(radio.receivedBytes()).isEqualTo(CompanionRawLinkIT.HANDSHAKE);

            radio.push(new LogRxData(20, -80, KissModemLinkIT.ACK));
            ReceivedFrame frame = listener.nextFrame();
            TxResult sent = result(link.transmit(KissModemLinkIT.ACK));

            radio.close();
            listener.nextState(LinkState.Down.class);
            scheduler.fireNext();
            ScriptedCompanionRadio again = ScriptedCompanionRadio.on(PeerStream.accept(server));

            assertThat(frame.signal()).contains(new SignalReport(20, -80));
            assertThat(sent).isEqualTo(TxResult.SENT);
            listener.nextState(LinkState.Connecting.class);
            listener.nextState(LinkState.Up.class);
            assertThat(result(link.transmit(Bytes.fromHex("0E41AABB11223344")))).isEqualTo(TxResult.SENT);
            assertThat(again.expect(org.meshbridge.protocol.companion.DeviceQuery.class)).isNotNull();
            again.close();
        }
    }

    @Test
    void nobodyListeningGoesDownWithTheConnectErrorAndRetriesWithGrowingBackoff() throws Exception {
        int port = server.getLocalPort();
        server.close();
        try (KissModemLink link = new KissModemLink("kiss0", address, KissModemLinkIT.RADIO, scheduler,
                new SplittableRandom(9), KissModemLinkIT.TIMING)) {
            link.start(listener);
            listener.nextState(LinkState.Connecting.class);
            LinkState.Down first = listener.nextState(LinkState.Down.class);
            java.time.Duration firstDelay = scheduler.untilNext();
            scheduler.fireNext();
            listener.nextState(LinkState.Connecting.class);
            listener.nextState(LinkState.Down.class);
            java.time.Duration secondDelay = scheduler.untilNext();

            assertThat(first.reason()).startsWith("cannot connect to tcp://127.0.0.1:" + port + ": ");
            assertThat(firstDelay).isBetween(java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(1));
            assertThat(secondDelay).isBetween(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2));
        }
    }
}
