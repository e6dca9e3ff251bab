package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.Advert;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.DeviceQuery;
import org.meshbridge.protocol.companion.LogRxData;
import org.meshbridge.protocol.companion.MsgWaiting;
import org.meshbridge.protocol.companion.SendRawPacket;
import org.meshbridge.server.radio.ScriptedCompanionRadio.OnRawPacket;

/** The companion raw-mode link on a socat pty pair, against a scripted companion radio. */
class CompanionRawLinkIT {

    static final Bytes ACK = KissModemLinkIT.ACK;
    /**
     * DEVICE_QUERY(3), then APP_START(app version 3 in byte 1, "meshbridge"), each with its '<' header
     * ({@code ArduinoSerialInterface::checkRecvFrame}).
     */
    static final Bytes HANDSHAKE = Bytes.fromHex("3C02001603" + "3C1200" + "01" + "03000000000000"
            + Bytes.utf8("meshbridge").hex());

    private Socat pair;
    private TimerScheduler scheduler;
    private RecordingListener listener;
    private CompanionRawLink link;
    private ScriptedCompanionRadio radio;

    @BeforeEach
    void startPairAndRadio() throws Exception {
        pair = Socat.startPair();
        radio = ScriptedCompanionRadio.on(PeerStream.openPty(pair.peerPath()));
        scheduler = new TimerScheduler();
        listener = new RecordingListener();
        link = new CompanionRawLink("companion0", DeviceAddress.parse("serial:" + pair.linkPath()),
                KissModemLinkIT.RADIO, scheduler, new SplittableRandom(11), KissModemLinkIT.TIMING);
    }

    @AfterEach
    void stop() throws Exception {
        if (link != null) {
            link.close();
        }
        if (radio != null) {
            radio.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    private LinkState.Up startAndAwaitUp() throws InterruptedException {
        link.start(listener);
        listener.nextState(LinkState.Connecting.class);
        LinkState.Up up = listener.nextState(LinkState.Up.class);
        radio.expect(DeviceQuery.class);
        radio.expect(AppStart.class);
        return up;
    }

    private static TxResult result(CompletionStage<TxResult> stage) throws Exception {
        return stage.toCompletableFuture().get(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** A flood RAW_CUSTOM packet of {@code length} bytes: header 0x3D, path_len 0, then payload. */
    static Bytes rawCustom(int length) {
        return Bytes.fromHex("3D00").concat(Bytes.zeros(length - 2));
    }

    @Test
    void queriesTheDeviceStartsTheAppAndComesUp() throws Exception {
        LinkState.Up up = startAndAwaitUp();

        assertThat(up.detail()).isEqualTo("companion radio v1.17.1 (Heltec V3) in raw mode on " + pair.linkPath());
        assertThat(radio.receivedBytes()).isEqualTo(HANDSHAKE);
    }

    @Test
    void deliversEveryLoggedPacketWithItsSnrAndRssi() throws Exception {
        startAndAwaitUp();

        radio.push(new LogRxData(-27, -110, ACK));

        ReceivedFrame frame = listener.nextFrame();
        assertThat(frame.linkId()).isEqualTo("companion0");
        assertThat(frame.packet()).isEqualTo(ACK);
        assertThat(frame.signal()).contains(new SignalReport(-27, -110));
    }

    @Test
    void aQueuedRawPacketCountsAsSent() throws Exception {
        startAndAwaitUp();

        TxResult sent = result(link.transmit(ACK));

        assertThat(sent).isEqualTo(TxResult.SENT);
        assertThat(radio.expect(SendRawPacket.class)).isEqualTo(new SendRawPacket(0, ACK));
    }

    @Test
    void aRawPacketTheRadioRefusesIsNotSent() throws Exception {
        startAndAwaitUp();
        radio.onRawPacket(OnRawPacket.ERR_ILLEGAL_ARG);

        assertThat(result(link.transmit(ACK))).isEqualTo(TxResult.NOT_SENT);
    }

    @Test
    void noAnswerToARawPacketFailsIt() throws Exception {
        startAndAwaitUp();
        radio.onRawPacket(OnRawPacket.SILENT);

        CompletionStage<TxResult> stage = link.transmit(ACK);
        radio.expect(SendRawPacket.class);
        assertThat(scheduler.untilNext()).isEqualTo(KissModemLinkIT.TIMING.replyTimeout());
        scheduler.fireNext();

        assertThat(result(stage)).isEqualTo(TxResult.FAILED);
    }

    @Test
    void aPacketOf174BytesFitsAFrameAnd175IsRefused() throws Exception {
        startAndAwaitUp();

        TxResult longest = result(link.transmit(rawCustom(174)));
        TxResult tooLong = result(link.transmit(rawCustom(175)));
        TxResult next = result(link.transmit(ACK));

        assertThat(longest).isEqualTo(TxResult.SENT);
        assertThat(tooLong).isEqualTo(TxResult.NOT_SENT);
        assertThat(next).isEqualTo(TxResult.SENT);
        assertThat(radio.expect(SendRawPacket.class).packet().size()).isEqualTo(174);
        assertThat(radio.expect(SendRawPacket.class).packet()).isEqualTo(ACK);
        assertThat(radio.pendingCommands()).isZero();
    }

    @Test
    void otherPushesGarbageAndOversizedFramesAreSkippedAndTheNextPacketArrives() throws Exception {
        startAndAwaitUp();

        radio.push(new Advert(ScriptedCompanionRadio.PUBLIC_KEY));
        radio.push(new MsgWaiting());
        radio.sendRaw(Bytes.fromHex("00112233"));     // noise between frames
        radio.sendRaw(Bytes.fromHex("3E2C01"));       // a header announcing 300 bytes: over MAX_FRAME_SIZE
        radio.sendRaw(Bytes.fromHex("3E02008801"));   // LOG_RX_DATA cut short: no RSSI
        radio.push(new LogRxData(8, -95, ACK));

        ReceivedFrame frame = listener.nextFrame();
        assertThat(frame.packet()).isEqualTo(ACK);
        assertThat(frame.signal()).contains(new SignalReport(8, -95));
        assertThat(link.counters().framesIgnored()).isEqualTo(2);
        assertThat(link.counters().framesDropped()).isEqualTo(2);
        assertThat(listener.pendingFrames()).isEmpty();
    }

    @Test
    void firmwareOlderThanV116IsRefusedWithAMessageSayingWhatToDo() throws Exception {
        radio.firmware(11, "v1.15.0");
        link.start(listener);

        listener.nextState(LinkState.Connecting.class);
        LinkState.Down down = listener.nextState(LinkState.Down.class);

        assertThat(down.reason()).isEqualTo("companion firmware v1.15 is too old for raw mode; update to v1.16 or newer"
                + " (the radio reports FIRMWARE_VER_CODE 11, \"v1.15.0\")");
        radio.expect(DeviceQuery.class);
        assertThat(radio.pendingCommands()).isZero();
    }

    @Test
    void goesDownWhenTheRadioIsUnpluggedAndComesBackUp() throws Exception {
        startAndAwaitUp();

        pair.kill();
        LinkState.Down down = listener.nextState(LinkState.Down.class);
        pair.restart();
        radio.close();
        radio = ScriptedCompanionRadio.on(PeerStream.openPty(pair.peerPath()));
        scheduler.fireNext();

        assertThat(down.reason()).contains("went away");
        listener.nextState(LinkState.Connecting.class);
        listener.nextState(LinkState.Up.class);
        assertThat(result(link.transmit(ACK))).isEqualTo(TxResult.SENT);
    }

    @Test
    void closeEndsTheFrameInFlightNotSent() throws Exception {
        startAndAwaitUp();
        radio.onRawPacket(OnRawPacket.SILENT);
        CompletionStage<TxResult> inFlight = link.transmit(ACK);
        radio.expect(SendRawPacket.class);

        link.close();

        assertThat(result(inFlight)).isEqualTo(TxResult.NOT_SENT);
        assertThat(link.state()).isEqualTo(new LinkState.Closed());
    }
}
