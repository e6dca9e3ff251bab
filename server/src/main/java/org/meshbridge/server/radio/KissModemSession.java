package org.meshbridge.server.radio;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.protocol.airtime.RadioFamily;
import org.meshbridge.protocol.airtime.TimeOnAir;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.HardwareError;
import org.meshbridge.protocol.kiss.HardwareRequest;
import org.meshbridge.protocol.kiss.HardwareResponse;
import org.meshbridge.protocol.kiss.KissDeframer;
import org.meshbridge.protocol.kiss.KissEncoder;
import org.meshbridge.protocol.kiss.KissFrame;
import org.meshbridge.protocol.packet.Packet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to a MeshCore KISS modem ({@code examples/kiss_modem}). Handshake: GetVersion
 * (an Error UnknownCmd is accepted as "version unknown"), SetRadio with the link's parameters
 * (must be answered Ok), SetSignalReport on (so that RxMeta follows every received packet even if
 * an earlier host turned it off; an older modem's UnknownCmd is accepted). Then up.
 *
 * <p>Receiving: the modem queues RxMeta right behind each Data frame. A Data frame is held until
 * its RxMeta arrives; if any other frame comes first, or {@code rxMetaWait} passes, it is
 * delivered without a signal report and counted as missing its signal report.
 *
 * <p>Transmitting: one Data frame, completed by TxDone (1 = SENT, 0 = FAILED), by Error TxBusy
 * (NOT_SENT), or by our timeout (FAILED). The firmware also sends TxBusy when its own output queue
 * overflows (an RxMeta it could not queue); that TxBusy cannot be told apart, so a frame the modem
 * did accept may be reported NOT_SENT and its later TxDone ignored.
 */
final class KissModemSession implements DeviceSession, KissDeframer.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(KissModemSession.class);

    private enum Phase { VERSION, RADIO, SIGNAL_REPORT, UP }

    private final StreamLinkEngine.Connection link;
    private final RadioParameters radio;
    private final LinkTiming timing;
    private final KissDeframer deframer = new KissDeframer(this);
    private Phase phase = Phase.VERSION;
    private String version = "version unknown";
    private Bytes held;
    private Cancellable heldTimer;

    KissModemSession(StreamLinkEngine.Connection link, RadioParameters radio, LinkTiming timing) {
        this.link = link;
        this.radio = radio;
        this.timing = timing;
    }

    @Override
    public void begin() throws IOException {
        request(new HardwareRequest.GetVersion());
    }

    @Override
    public void onBytes(byte[] chunk) {
        deframer.feed(chunk);
    }

    @Override
    public String handshakeTimeoutReason(Duration timeout) {
        return "no answer from a KISS modem on " + link.device() + " within " + timeout.toMillis()
                + " ms (waiting for " + phase + "); is it running the MeshCore kiss_modem firmware?";
    }

    @Override
    public void onDropped(MalformedFrameException error) {
        link.counters().dropped(1);
        LOG.debug("KISS frame from {} dropped: {}", link.device(), error.getMessage());
    }

    @Override
    public void onFrame(KissFrame frame) {
        if (held != null && !(frame instanceof HardwareResponse.RxMeta)) {
            releaseHeld();
        }
        if (frame instanceof DataFrame data) {
            onData(data.packet());
        } else if (frame instanceof HardwareResponse.RxMeta meta) {
            onRxMeta(meta);
        } else if (frame instanceof HardwareResponse.TxDone done) {
            link.ignoredUnless(link.finishTx(done.sent() ? TxResult.SENT : TxResult.FAILED));
        } else if (frame instanceof HardwareResponse.Error error) {
            onError(error);
        } else if (frame instanceof HardwareResponse.Version v && phase == Phase.VERSION) {
            version = "v" + v.version();
            configureRadio();
        } else if (frame instanceof HardwareResponse.Ok && phase == Phase.RADIO) {
            phase = Phase.SIGNAL_REPORT;
            request(new HardwareRequest.SetSignalReport(true));
        } else if (frame instanceof HardwareResponse.SignalReport report && phase == Phase.SIGNAL_REPORT) {
            if (!report.enabled()) {
                LOG.warn("KISS modem on {} keeps signal reports off; packets arrive without SNR/RSSI", link.device());
            }
            up();
        } else {
            link.counters().ignored();
        }
    }

    private void onError(HardwareResponse.Error error) {
        Optional<HardwareError> code = error.error();
        String name = code.map(Enum::name).orElse("0x" + Integer.toHexString(error.errorCode()));
        boolean unknownCommand = code.equals(Optional.of(HardwareError.UNKNOWN_CMD));
        if (phase == Phase.VERSION && unknownCommand) {
            configureRadio();
        } else if (phase == Phase.RADIO) {
            link.fail("KISS modem on " + link.device() + " refused SetRadio(" + radio.frequencyHz() + " Hz, BW "
                    + radio.bandwidthHz() + " Hz, SF" + radio.spreadingFactor() + ", CR 4/" + radio.codingRate()
                    + "): " + name);
        } else if (phase == Phase.SIGNAL_REPORT && unknownCommand) {
            up();
        } else if (phase == Phase.UP && code.equals(Optional.of(HardwareError.TX_BUSY))) {
            link.ignoredUnless(link.finishTx(TxResult.NOT_SENT));
        } else {
            LOG.debug("KISS modem on {} reported error {}", link.device(), name);
            link.counters().ignored();
        }
    }

    private void configureRadio() {
        phase = Phase.RADIO;
        request(new HardwareRequest.SetRadio(radio.frequencyHz(), radio.bandwidthHz(), radio.spreadingFactor(),
                radio.codingRate()));
    }

    private void up() {
        phase = Phase.UP;
        link.up("KISS modem " + version + " on " + link.device());
    }

    private void onData(Bytes packet) {
        if (phase != Phase.UP) {
            link.counters().ignored(); // heard before the radio was configured
            return;
        }
        held = packet;
        heldTimer = link.schedule(timing.rxMetaWait(), this::releaseHeld);
    }

    private void onRxMeta(HardwareResponse.RxMeta meta) {
        if (held == null) {
            link.counters().ignored();
            return;
        }
        Bytes packet = held;
        clearHeld();
        link.deliver(packet, Optional.of(new SignalReport(meta.snrQuarterDb(), meta.rssiDbm())));
    }

    private void releaseHeld() {
        if (held == null) {
            return;
        }
        Bytes packet = held;
        clearHeld();
        link.counters().signalReportMissing();
        link.deliver(packet, Optional.empty());
    }

    private void clearHeld() {
        held = null;
        if (heldTimer != null) {
            heldTimer.cancel();
            heldTimer = null;
        }
    }

    private void request(HardwareRequest request) {
        link.writeOrFail(KissEncoder.encode(request));
    }

    @Override
    public Optional<String> refuse(Bytes packet) {
        if (packet.isEmpty() || packet.size() > RadioLinkConstants.KISS_MAX_PACKET_BYTES) {
            return Optional.of("a KISS Data frame carries 1.." + RadioLinkConstants.KISS_MAX_PACKET_BYTES
                    + " bytes, not " + packet.size());
        }
        try {
            Packet.decode(packet);
            return Optional.empty();
        } catch (MalformedFrameException e) {
            return Optional.of("not a valid MeshCore packet: " + e.getMessage());
        }
    }

    @Override
    public void send(Bytes packet) throws IOException {
        link.write(KissEncoder.encode(new DataFrame(packet)));
    }

    /**
     * The modem's own worst case, then our margin: TXDELAY, a clear-channel wait of up to 1.5 × the
     * airtime of a 255-byte packet, and a transmission of up to 1.5 × this packet's airtime
     * ({@code KissModem::processTx}); after that it always sends TxDone.
     */
    @Override
    public Duration txTimeout(Bytes packet) {
        long longest = TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, radio.modulation(),
                RadioLinkConstants.KISS_MAX_PACKET_BYTES);
        long packetMillis = TimeOnAir.firmwareEstimateMillis(RadioFamily.SX126X, radio.modulation(), packet.size());
        long modemMillis = RadioLinkConstants.KISS_TXDELAY_MS
                + (longest + packetMillis) * RadioLinkConstants.KISS_TX_TIMEOUT_FACTOR_NUM / RadioLinkConstants.KISS_TX_TIMEOUT_FACTOR_DEN;
        return Duration.ofMillis(modemMillis).plus(timing.txMargin());
    }

    @Override
    public void end() {
        releaseHeld();
    }
}
