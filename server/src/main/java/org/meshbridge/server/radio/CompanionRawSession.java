package org.meshbridge.server.radio;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.companion.AppStart;
import org.meshbridge.protocol.companion.CompanionCommand;
import org.meshbridge.protocol.companion.CompanionFrameDeframer;
import org.meshbridge.protocol.companion.CompanionFrameWriter;
import org.meshbridge.protocol.companion.CompanionReply;
import org.meshbridge.protocol.companion.DeviceInfo;
import org.meshbridge.protocol.companion.DeviceQuery;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.LogRxData;
import org.meshbridge.protocol.companion.Ok;
import org.meshbridge.protocol.companion.PushCode;
import org.meshbridge.protocol.companion.ResponseCode;
import org.meshbridge.protocol.companion.SelfInfo;
import org.meshbridge.protocol.companion.SendRawPacket;
import org.meshbridge.protocol.packet.Packet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to a stock companion radio used as a raw modem. Handshake:
 * {@code CMD_DEVICE_QUERY(3)} → {@code RESP_CODE_DEVICE_INFO}, refused below
 * {@code FIRMWARE_VER_CODE} 13 (v1.16, the first with {@code CMD_SEND_RAW_PACKET}); then
 * {@code CMD_APP_START} → {@code RESP_CODE_SELF_INFO}. Then up.
 *
 * <p>Receiving: {@code PUSH_CODE_LOG_RX_DATA} carries every packet the radio decodes with SNR and
 * RSSI (only packets of at most 173 bytes fit the frame). Every other push (adverts, message
 * waiting, ...) is ignored without being decoded.
 *
 * <p>Transmitting: {@code CMD_SEND_RAW_PACKET} answered by {@code RESP_CODE_OK} = SENT, or by
 * {@code RESP_CODE_ERR} = NOT_SENT (6: the radio could not parse it, 3: no free packet buffer).
 * The companion answers synchronously and we send nothing else while up, so the next response
 * after our command is its answer.
 */
final class CompanionRawSession implements DeviceSession {

    private static final Logger LOG = LoggerFactory.getLogger(CompanionRawSession.class);

    private enum Phase { DEVICE_INFO, SELF_INFO, UP }

    private final StreamLinkEngine.Connection link;
    private final RadioParameters radio;
    private final LinkTiming timing;
    private final CompanionFrameDeframer deframer = CompanionFrameDeframer.appEnd();
    private Phase phase = Phase.DEVICE_INFO;
    private DeviceInfo deviceInfo;
    private long droppedSoFar;

    CompanionRawSession(StreamLinkEngine.Connection link, RadioParameters radio, LinkTiming timing) {
        this.link = link;
        this.radio = radio;
        this.timing = timing;
    }

    @Override
    public void begin() throws IOException {
        link.write(CompanionFrameWriter.frame(new DeviceQuery(RadioLinkConstants.APP_TARGET_VER)));
    }

    @Override
    public void onBytes(byte[] chunk) {
        deframer.feed(Bytes.of(chunk), this::onFrame);
        countDeframerDrops();
    }

    /** Adds the deframer's new drops to the link's count; called before each frame is handled, so counts stay in order. */
    private void countDeframerDrops() {
        long dropped = deframer.droppedFrames();
        link.counters().dropped(dropped - droppedSoFar);
        droppedSoFar = dropped;
    }

    @Override
    public String handshakeTimeoutReason(Duration timeout) {
        return "no " + (phase == Phase.DEVICE_INFO ? "DEVICE_INFO" : "SELF_INFO") + " from a companion radio on "
                + link.device() + " within " + timeout.toMillis() + " ms; is it a companion radio (USB or WiFi "
                + "firmware) with no other app connected?";
    }

    private void onFrame(Bytes frame) {
        countDeframerDrops();
        int code = frame.get(0);
        if (code >= 0x80) {
            onPush(code, frame);
            return;
        }
        CompanionReply reply;
        try {
            reply = CompanionReply.decode(frame);
        } catch (MalformedFrameException e) {
            onMalformedResponse(code, frame, e);
            return;
        }
        if (phase == Phase.DEVICE_INFO && reply instanceof DeviceInfo info) {
            onDeviceInfo(info);
        } else if (phase == Phase.SELF_INFO && reply instanceof SelfInfo self) {
            onSelfInfo(self);
        } else if (phase == Phase.UP && reply instanceof Ok) {
            link.ignoredUnless(link.finishTx(TxResult.SENT));
        } else if (phase == Phase.UP && reply instanceof Err err) {
            LOG.warn("companion radio on {} refused a raw packet: error {}", link.device(),
                    err.error().map(Enum::name).orElse(Integer.toString(err.errCode())));
            link.ignoredUnless(link.finishTx(TxResult.NOT_SENT));
        } else {
            link.counters().ignored();
        }
    }

    private void onPush(int code, Bytes frame) {
        if (code != PushCode.LOG_RX_DATA.code()) {
            link.counters().ignored();
            return;
        }
        try {
            LogRxData rx = LogRxData.read(frame.slice(1, frame.size()).reader());
            link.deliver(rx.raw(), Optional.of(new SignalReport(rx.snrQuarterDb(), rx.rssiDbm())));
        } catch (MalformedFrameException e) {
            link.counters().dropped(1);
            LOG.debug("companion log push from {} dropped: {}", link.device(), e.getMessage());
        }
    }

    /** Firmware older than the DEVICE_INFO layout we decode is still named, from its first byte. */
    private void onMalformedResponse(int code, Bytes frame, MalformedFrameException e) {
        if (phase == Phase.DEVICE_INFO && code == ResponseCode.DEVICE_INFO.code() && frame.size() >= 2) {
            refuseOldFirmware(frame.get(1), "");
            return;
        }
        link.counters().dropped(1);
        LOG.debug("companion frame {} from {} dropped: {}", code, link.device(), e.getMessage());
    }

    private void onDeviceInfo(DeviceInfo info) {
        if (!CompanionFirmware.supportsRawMode(info.firmwareVerCode())) {
            refuseOldFirmware(info.firmwareVerCode(), info.versionUtf8());
            return;
        }
        deviceInfo = info;
        phase = Phase.SELF_INFO;
        command(AppStart.of(RadioLinkConstants.APP_TARGET_VER, RadioLinkConstants.APP_NAME));
    }

    private void refuseOldFirmware(int verCode, String reportedVersion) {
        link.fail(CompanionFirmware.tooOldMessage(verCode, reportedVersion));
    }

    private void onSelfInfo(SelfInfo self) {
        RadioParameters actual = radioOf(self);
        if (!radio.equals(actual)) {
            LOG.warn("companion radio on {} runs at {} but the link is configured for {}; airtime estimates will be off",
                    link.device(), actual, radio);
        }
        phase = Phase.UP;
        String version = deviceInfo.versionUtf8().isEmpty()
                ? "FIRMWARE_VER_CODE " + deviceInfo.firmwareVerCode() : deviceInfo.versionUtf8();
        String board = deviceInfo.manufacturerUtf8().isEmpty() ? "" : " (" + deviceInfo.manufacturerUtf8() + ")";
        link.up("companion radio " + version + board + " in raw mode on " + link.device());
    }

    private static RadioParameters radioOf(SelfInfo self) {
        try {
            return new RadioParameters(self.frequencyKhz() * 1000, (int) self.bandwidthHz(), self.spreadingFactor(),
                    self.codingRate());
        } catch (IllegalArgumentException e) {
            return null; // values no radio runs with: reported as a mismatch
        }
    }

    private void command(CompanionCommand command) {
        link.writeOrFail(CompanionFrameWriter.frame(command));
    }

    @Override
    public Optional<String> refuse(Bytes packet) {
        if (packet.size() > RadioLinkConstants.COMPANION_MAX_TX_PACKET_BYTES) {
            return Optional.of("a packet of " + packet.size() + " bytes does not fit a companion frame: "
                    + "CMD_SEND_RAW_PACKET carries at most " + RadioLinkConstants.COMPANION_MAX_TX_PACKET_BYTES
                    + " bytes (MAX_FRAME_SIZE " + RadioLinkConstants.COMPANION_MAX_FRAME_BYTES
                    + "); a KISS modem carries up to 255");
        }
        if (packet.size() < RadioLinkConstants.COMPANION_MIN_TX_PACKET_BYTES) {
            return Optional.of("CMD_SEND_RAW_PACKET needs at least " + RadioLinkConstants.COMPANION_MIN_TX_PACKET_BYTES
                    + " packet bytes, not " + packet.size());
        }
        try {
            Packet.decode(packet);
            return Optional.empty();
        } catch (MalformedFrameException e) {
            return Optional.of("not a valid MeshCore packet: " + e.getMessage());
        }
    }

    /** OK means the radio queued the packet, not that it is on air. */
    @Override
    public void send(Bytes packet) throws IOException {
        link.write(CompanionFrameWriter.frame(new SendRawPacket(RadioLinkConstants.RAW_PACKET_PRIORITY, packet)));
    }

    @Override
    public Duration txTimeout(Bytes packet) {
        return timing.replyTimeout();
    }

    @Override
    public void end() {
        // nothing held between frames
    }
}
