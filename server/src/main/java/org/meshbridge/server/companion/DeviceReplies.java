package org.meshbridge.server.companion;

import java.util.Optional;
import java.util.OptionalLong;
import org.meshbridge.core.companion.CompanionContact;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.BattAndStorage;
import org.meshbridge.protocol.companion.CompanionResponse;
import org.meshbridge.protocol.companion.ContactRecord;
import org.meshbridge.protocol.companion.DeviceInfo;
import org.meshbridge.protocol.companion.Err;
import org.meshbridge.protocol.companion.ErrorCode;
import org.meshbridge.protocol.companion.SelfInfo;
import org.meshbridge.protocol.companion.StatsCore;
import org.meshbridge.protocol.companion.StatsPackets;
import org.meshbridge.protocol.companion.StatsRadio;

/**
 * The frames that describe "the device" to an app, built from the shared server and the account's
 * companion ({@code MyMesh::handleCmdFrame}: CMD_DEVICE_QUERY, CMD_APP_START, CMD_GET_STATS,
 * CMD_GET_BATT_AND_STORAGE, contacts).
 */
final class DeviceReplies {

    /** Contacts announced as {@code max_contacts / 2} (the table is the server's, not bounded per app). */
    static final int MAX_CONTACTS_HALF = 175;
    static final int MAX_CHANNELS = 8;
    static final int ADV_TYPE_CHAT = 1;
    static final int OUT_PATH_UNKNOWN = 0xFF;
    private static final int STATS_CORE = 0;
    private static final int STATS_RADIO = 1;
    private static final int STATS_PACKETS = 2;

    private DeviceReplies() {
    }

    static DeviceInfo deviceInfo(CompanionDevice device) {
        return DeviceInfo.of(MAX_CONTACTS_HALF, MAX_CHANNELS, 0, "meshbridge", "meshbridge", device.version(), false, 0);
    }

    static SelfInfo selfInfo(CompanionDevice device, VirtualCompanion companion) {
        var radio = device.radio();
        return new SelfInfo(ADV_TYPE_CHAT, device.txPowerDbm(), device.txPowerDbm(), companion.identity().publicKey(), 0, 0,
                0, 0, 0, 1, radio.frequencyHz() / 1000, radio.bandwidthHz(), radio.spreadingFactor(), radio.codingRate(),
                Bytes.utf8(companion.name()));
    }

    /**
     * CMD_GET_STATS: core, radio or packet counters of the shared node; anything else is an
     * unsupported type. Core: battery 0 (mains powered, none measured), uptime, no error flags, the
     * airtime queue's length. Radio: the last RSSI and SNR any link reported for a received packet
     * (0 until one did, or with a radio that reports none), seconds transmitted; the noise floor and
     * receive airtime are not measured by any link meshbridge drives, so they read 0.
     */
    static CompanionResponse stats(CompanionDevice device, int type, long nowEpochSeconds, Optional<SignalReport> lastSignal) {
        NodeStats s = device.stats().get();
        CompanionDevice.Figures figures = device.figures().get();
        long uptime = Math.max(0, nowEpochSeconds - device.startedAt().getEpochSecond());
        return switch (type) {
            case STATS_CORE -> new StatsCore(0, uptime, 0, Math.min(figures.queueLength(), 0xFF));
            case STATS_RADIO -> new StatsRadio(0, lastSignal.map(SignalReport::rssiDbm).map(r -> Math.max(-128, Math.min(127, r)))
                    .orElse(0), lastSignal.map(SignalReport::snrQuarterDb).map(q -> Math.max(-128, Math.min(127, q))).orElse(0),
                    figures.txAirSeconds() & 0xFFFFFFFFL, 0);
            case STATS_PACKETS -> new StatsPackets(s.framesReceived(), s.forwarded(), 0, 0, s.processed(), 0,
                    OptionalLong.of(s.malformedTotal()));
            default -> new Err(ErrorCode.ILLEGAL_ARG.code());
        };
    }

    /** Mains powered, no storage to report. */
    static BattAndStorage battery() {
        return new BattAndStorage(0, OptionalLong.of(0), OptionalLong.of(0));
    }

    static ContactRecord contact(CompanionContact c) {
        int pathLen = c.outPath().map(p -> p.pathLenByte()).orElse(OUT_PATH_UNKNOWN);
        Bytes path = c.outPath().map(p -> p.hashes()).orElse(Bytes.EMPTY);
        int lat = c.location().map(l -> l.latitudeMicroDeg()).orElse(0);
        int lon = c.location().map(l -> l.longitudeMicroDeg()).orElse(0);
        return ContactRecord.of(c.identity().publicKey(), c.nodeTypeCode(), 0, pathLen, path, c.name(),
                c.lastAdvert() & 0xFFFFFFFFL, lat, lon, c.lastModified() & 0xFFFFFFFFL);
    }
}
