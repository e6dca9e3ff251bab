package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.airtime.RadioFamily;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.HardwareError;
import org.meshbridge.protocol.kiss.HardwareRequest;
import org.meshbridge.protocol.kiss.HardwareResponse;
import org.meshbridge.server.radio.ScriptedKissModem.OnData;

/** The KISS modem link on a socat pty pair, against a scripted modem on the far end. */
class KissModemLinkIT {

    /** Every timer a different length, so a test can tell which one the link set. */
    static final LinkTiming TIMING = new LinkTiming(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(6),
            Duration.ofSeconds(7), Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(8));
    static final RadioParameters RADIO = RadioParameters.MESHCORE_DEFAULT;
    /** A flood ACK from the meshcore-decoder vectors (spec §12.1). */
    static final Bytes ACK = Bytes.fromHex("0D04B891647EBB40BA70");
    /** A flood GRP_TXT whose bytes need KISS escaping (C0 and DB in the payload). */
    static final Bytes ESCAPED = Bytes.fromHex("150011C0DBC3C1354D619BAE9590");
    /**
     * GetVersion, SetRadio(869618000 Hz, 62500 Hz, SF8, CR5), SetSignalReport(on), as the modem
     * reads them ({@code KissModem::processFrame}).
     */
    static final Bytes HANDSHAKE = Bytes.fromHex("C00611C0" + "C006095051D53324F400000805C0" + "C0061901C0");

    private Socat pair;
    private TimerScheduler scheduler;
    private RecordingListener listener;
    private KissModemLink link;
    private ScriptedKissModem modem;

    @BeforeEach
    void startPairAndModem() throws Exception {
        pair = Socat.startPair();
        modem = ScriptedKissModem.on(PeerStream.openPty(pair.peerPath()));
        scheduler = new TimerScheduler();
        listener = new RecordingListener();
        link = new KissModemLink("kiss0", DeviceAddress.parse(pair.linkPath().toString()), RADIO, scheduler,
                new SplittableRandom(7), TIMING);
    }

    @AfterEach
    void stop() throws Exception {
        if (link != null) {
            link.close();
        }
        if (modem != null) {
            modem.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    private LinkState.Up startAndAwaitUp() throws InterruptedException {
        link.start(listener);
        listener.nextState(LinkState.Connecting.class);
        LinkState.Up up = listener.nextState(LinkState.Up.class);
        modem.expect(HardwareRequest.GetVersion.class);
        modem.expect(HardwareRequest.SetRadio.class);
        modem.expect(HardwareRequest.SetSignalReport.class);
        return up;
    }

    private static TxResult result(CompletionStage<TxResult> stage) throws Exception {
        return stage.toCompletableFuture().get(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void configuresTheRadioInHertzAndComesUp() throws Exception {
        LinkState.Up up = startAndAwaitUp();

        assertThat(up.detail()).isEqualTo("KISS modem v1 on " + pair.linkPath());
        assertThat(link.state()).isEqualTo(up);
        assertThat(modem.receivedBytes()).isEqualTo(HANDSHAKE);
    }

    @Test
    void deliversAReceivedPacketWithTheSnrAndRssiOfItsRxMeta() throws Exception {
        startAndAwaitUp();

        modem.send(new DataFrame(ESCAPED), new HardwareResponse.RxMeta(-27, -110));

        ReceivedFrame frame = listener.nextFrame();
        assertThat(frame.linkId()).isEqualTo("kiss0");
        assertThat(frame.packet()).isEqualTo(ESCAPED);
        assertThat(frame.signal()).contains(new SignalReport(-27, -110));
        assertThat(frame.receivedAt()).isEqualTo(ManualScheduler.DEFAULT_START);
        assertThat(link.counters().framesReceived()).isEqualTo(1);
    }

    @Test
    void aTransmissionCompletesWhenTheModemReportsTxDone() throws Exception {
        startAndAwaitUp();

        TxResult sent = result(link.transmit(ACK));
        assertThat(modem.expect(DataFrame.class).packet()).isEqualTo(ACK);
        modem.onData(OnData.TX_DONE_FAILED);
        TxResult failed = result(link.transmit(ACK));

        assertThat(sent).isEqualTo(TxResult.SENT);
        assertThat(failed).isEqualTo(TxResult.FAILED);
        assertThat(link.counters().sent()).isEqualTo(1);
        assertThat(link.counters().failed()).isEqualTo(1);
    }

    @Test
    void txBusyMeansTheFrameWasNotSent() throws Exception {
        startAndAwaitUp();
        modem.onData(OnData.TX_BUSY);

        assertThat(result(link.transmit(ACK))).isEqualTo(TxResult.NOT_SENT);
    }

    @Test
    void aSecondFrameWhileOneIsInFlightIsNotSent() throws Exception {
        startAndAwaitUp();
        modem.onData(OnData.SILENT);

        CompletionStage<TxResult> first = link.transmit(ACK);
        modem.expect(DataFrame.class);
        TxResult second = result(link.transmit(ESCAPED));
        modem.send(new HardwareResponse.TxDone(true));

        assertThat(second).isEqualTo(TxResult.NOT_SENT);
        assertThat(result(first)).isEqualTo(TxResult.SENT);
        assertThat(modem.pendingFrames()).isZero();
    }

    @Test
    void noTxDoneWithinTheModemsWorstCaseFailsTheFrame() throws Exception {
        startAndAwaitUp();
        modem.onData(OnData.SILENT);

        CompletionStage<TxResult> stage = link.transmit(ACK);
        modem.expect(DataFrame.class);
        long longest = TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, RADIO.modulation(), 255);
        long own = TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, RADIO.modulation(), ACK.size());
        assertThat(scheduler.untilNext()).isEqualTo(Duration.ofMillis(500 + (longest + own) * 3 / 2).plusSeconds(7));
        scheduler.fireNext();

        assertThat(result(stage)).isEqualTo(TxResult.FAILED);
    }

    @Test
    void refusesBytesThatAreNotAMeshCorePacketWithoutWritingThem() throws Exception {
        startAndAwaitUp();

        TxResult reservedPathMode = result(link.transmit(Bytes.fromHex("15C1FF00")));
        TxResult tooLong = result(link.transmit(Bytes.zeros(256)));

        assertThat(reservedPathMode).isEqualTo(TxResult.NOT_SENT);
        assertThat(tooLong).isEqualTo(TxResult.NOT_SENT);
        assertThat(result(link.transmit(ACK))).isEqualTo(TxResult.SENT);
        assertThat(modem.expect(DataFrame.class).packet()).isEqualTo(ACK);
    }

    @Test
    void garbageAndOversizedFramesAreSkippedAndTheNextFrameStillArrives() throws Exception {
        startAndAwaitUp();
        Bytes tooLongForTheBuffer = Bytes.fromHex("C000").concat(filled(512, 0x11)).concat(Bytes.fromHex("C0"));
        Bytes tooLongForData = Bytes.fromHex("C000").concat(filled(256, 0x22)).concat(Bytes.fromHex("C0"));

        modem.sendRaw(Bytes.fromHex("0102030405"));  // noise, ended by the next FEND: TXDELAY with 4 bytes
        modem.sendRaw(tooLongForTheBuffer);          // 513 bytes unescaped: over the 512-byte buffer
        modem.sendRaw(tooLongForData);               // a 256-byte Data frame: over MAX_TRANS_UNIT
        modem.sendRaw(Bytes.fromHex("C000DB01C0"));  // FESC followed by 01
        modem.send(new DataFrame(ACK), new HardwareResponse.RxMeta(12, -90));

        ReceivedFrame frame = listener.nextFrame();
        assertThat(frame.packet()).isEqualTo(ACK);
        assertThat(frame.signal()).contains(new SignalReport(12, -90));
        assertThat(link.counters().framesDropped()).isEqualTo(4);
        assertThat(link.state().isUp()).isTrue();
    }

    @Test
    void aPacketWhoseRxMetaNeverComesIsDeliveredWithoutASignalReportAtTheNextFrame() throws Exception {
        startAndAwaitUp();

        modem.send(new DataFrame(ESCAPED), new DataFrame(ACK), new HardwareResponse.RxMeta(-8, -120));

        ReceivedFrame first = listener.nextFrame();
        ReceivedFrame second = listener.nextFrame();
        assertThat(first.packet()).isEqualTo(ESCAPED);
        assertThat(first.signal()).isEmpty();
        assertThat(second.packet()).isEqualTo(ACK);
        assertThat(second.signal()).contains(new SignalReport(-8, -120));
        assertThat(link.counters().signalReportsMissing()).isEqualTo(1);
    }

    @Test
    void aPacketWhoseRxMetaNeverComesIsDeliveredWhenTheWaitEnds() throws Exception {
        startAndAwaitUp();

        modem.send(new DataFrame(ACK));
        scheduler.awaitTimer(TIMING.rxMetaWait());
        scheduler.fireNext();

        ReceivedFrame frame = listener.nextFrame();
        assertThat(frame.packet()).isEqualTo(ACK);
        assertThat(frame.signal()).isEmpty();
        assertThat(frame.receivedAt()).isEqualTo(ManualScheduler.DEFAULT_START.plus(TIMING.rxMetaWait()));
    }

    @Test
    void goesDownWhenTheDeviceGoesAwayAndComesBackUpWhenItReturns() throws Exception {
        startAndAwaitUp();

        pair.kill();
        LinkState.Down down = listener.nextState(LinkState.Down.class);
        TxResult whileDown = result(link.transmit(ACK));
        Duration backoff = scheduler.untilNext();
        pair.restart();
        modem.close();
        modem = ScriptedKissModem.on(PeerStream.openPty(pair.peerPath()));
        scheduler.fireNext();

        assertThat(down.reason()).isEqualTo(pair.linkPath() + " went away (end of stream)");
        assertThat(whileDown).isEqualTo(TxResult.NOT_SENT);
        assertThat(backoff).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        listener.nextState(LinkState.Connecting.class);
        assertThat(listener.nextState(LinkState.Up.class).detail()).isEqualTo("KISS modem v1 on " + pair.linkPath());
        assertThat(modem.receivedBytes()).isEqualTo(HANDSHAKE);
        modem.send(new DataFrame(ACK), new HardwareResponse.RxMeta(4, -100));
        assertThat(listener.nextFrame().packet()).isEqualTo(ACK);
        assertThat(link.counters().connections()).isEqualTo(2);
        assertThat(link.counters().disconnections()).isEqualTo(1);
    }

    @Test
    void aModemThatRefusesSetRadioTakesTheLinkDownWithTheReason() throws Exception {
        modem.answerSetRadioWith(HardwareResponse.Error.of(HardwareError.NO_CALLBACK));
        link.start(listener);

        listener.nextState(LinkState.Connecting.class);
        LinkState.Down down = listener.nextState(LinkState.Down.class);

        assertThat(down.reason()).isEqualTo("KISS modem on " + pair.linkPath()
                + " refused SetRadio(869618000 Hz, BW 62500 Hz, SF8, CR 4/5): NO_CALLBACK");
    }

    @Test
    void aDeviceThatNeverAnswersTimesTheHandshakeOut() throws Exception {
        modem.silent();
        link.start(listener);
        listener.nextState(LinkState.Connecting.class);
        modem.expect(HardwareRequest.GetVersion.class);

        scheduler.fireNext();

        assertThat(listener.nextState(LinkState.Down.class).reason()).startsWith("no answer from a KISS modem on "
                + pair.linkPath() + " within 5000 ms");
    }

    @Test
    void closeEndsTheFrameInFlightNotSentAndReportsClosedOnce() throws Exception {
        startAndAwaitUp();
        modem.onData(OnData.SILENT);
        CompletionStage<TxResult> inFlight = link.transmit(ACK);
        modem.expect(DataFrame.class);

        link.close();
        link.close();

        assertThat(result(inFlight)).isEqualTo(TxResult.NOT_SENT);
        assertThat(result(link.transmit(ACK))).isEqualTo(TxResult.NOT_SENT);
        assertThat(link.state()).isEqualTo(new LinkState.Closed());
        assertThat(listener.history()).containsExactly(new LinkState.Connecting(),
                new LinkState.Up("KISS modem v1 on " + pair.linkPath()), new LinkState.Closed());
    }

    private static Bytes filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return Bytes.of(bytes);
    }
}
