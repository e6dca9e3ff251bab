package org.meshbridge.server.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.meshbridge.core.nodes.AlertKind;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.LivenessMemory;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.Position;
import org.meshbridge.core.nodes.SavedNode;
import org.meshbridge.core.radio.SignalReport;

/**
 * One {@code mesh_node} row (migration 0006) as the columns hold it, null where the column is
 * NULL: {@link #of} encodes a {@link SavedNode}, {@link #decode} checks every column and gives the
 * node back, or says which column is wrong. Times are epoch ms, truncated to the millisecond.
 */
record NodeRow(String nodeId, String name, String role, long firstHeardMs, long lastHeardMs, Long lastAdvertS,
               long advertsHeard, String gapsMs, Double latitude, Double longitude, Integer batteryMv,
               Integer batteryPct, Long batteryAtMs, Integer snrQdb, Integer rssiDbm, int hops, String linkId,
               String state, long stateSinceMs, int batteryLow, long referenceMs, long silentSinceMs,
               String silenceAlerted, Long silenceAlertMs, double flapPenalty, long flapPenaltyAtMs, int damped,
               int batteryAlerted, Long batteryAlertMs) {

    /** The latest time a row may hold: the end of year 9999, so time arithmetic never overflows. */
    static final long MAX_MS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    /** The longest advert gap a row may hold (ten years). */
    static final long MAX_GAP_MS = Duration.ofDays(3650).toMillis();
    static final int MAX_TEXT = 1024;
    private static final int MAX_GAPS_TEXT = SavedNode.MAX_GAPS * 20;
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-f]{64}");

    /** The row that keeps {@code node}. */
    static NodeRow of(SavedNode node) {
        LivenessMemory m = node.liveness();
        return new NodeRow(node.id(), node.name(), node.role().key(), ms(node.firstHeard()), ms(node.lastHeard()),
                node.lastAdvertTime().map(Instant::getEpochSecond).orElse(null), node.advertsHeard(),
                node.recentGaps().stream().map(g -> Long.toString(g.toMillis())).collect(Collectors.joining(",")),
                node.position().map(Position::latitude).orElse(null), node.position().map(Position::longitude).orElse(null),
                node.battery().flatMap(b -> boxed(b.millivolts())).orElse(null),
                node.battery().flatMap(b -> boxed(b.percent())).orElse(null),
                node.battery().map(b -> ms(b.reportedAt())).orElse(null),
                node.signal().map(SignalReport::snrQuarterDb).orElse(null),
                node.signal().map(SignalReport::rssiDbm).orElse(null), node.hops(), node.linkId(), node.state().key(),
                ms(node.stateSince()), flag(node.batteryLow()), ms(m.silenceReference()), ms(m.silentSince()),
                m.silenceAlerted().map(AlertKind::key).orElse(null), m.lastSilenceAlert().map(NodeRow::ms).orElse(null),
                m.flapPenalty(), ms(m.flapPenaltyAt()), flag(m.damped()), flag(m.batteryAlerted()),
                m.lastBatteryAlert().map(NodeRow::ms).orElse(null));
    }

    /**
     * The node this row keeps.
     *
     * @throws NodeRowException naming the first column that holds what {@link #of} never writes
     */
    SavedNode decode() throws NodeRowException {
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            throw new NodeRowException("node_id is not 64 lowercase hex digits");
        }
        text("name", name);
        text("link_id", linkId);
        NodeRole nodeRole = role == null ? null : NodeRole.fromKey(role).orElse(null);
        if (nodeRole == null) {
            throw new NodeRowException("role " + quote(role) + " is not a node role");
        }
        LivenessState liveness = liveness(state);
        if (lastAdvertS != null && (lastAdvertS < 1 || lastAdvertS > 0xFFFF_FFFFL)) {
            throw new NodeRowException("last_advert_s " + lastAdvertS + " is not an advert timestamp (1..2^32-1)");
        }
        if (advertsHeard < 0) {
            throw new NodeRowException("adverts_heard " + advertsHeard + " is negative");
        }
        if (hops < 0 || hops > 255) {
            throw new NodeRowException("hops " + hops + " is not 0..255");
        }
        if (!(flapPenalty >= 0) || flapPenalty > 1e9) {
            throw new NodeRowException("flap_penalty " + flapPenalty + " is not 0..1e9");
        }
        return new SavedNode(nodeId, name, nodeRole, time("first_heard_ms", firstHeardMs),
                time("last_heard_ms", lastHeardMs), Optional.ofNullable(lastAdvertS).map(Instant::ofEpochSecond),
                advertsHeard, gaps(gapsMs), position(), battery(), signal(), hops, linkId, liveness,
                time("state_since_ms", stateSinceMs), bool("battery_low", batteryLow),
                new LivenessMemory(time("reference_ms", referenceMs), time("silent_since_ms", silentSinceMs),
                        silenceAlerted(silenceAlerted), optionalTime("silence_alert_ms", silenceAlertMs), flapPenalty,
                        time("flap_penalty_at_ms", flapPenaltyAtMs), bool("damped", damped),
                        bool("battery_alerted", batteryAlerted), optionalTime("battery_alert_ms", batteryAlertMs)));
    }

    /** Parses {@code gaps_ms}: empty, or up to {@link SavedNode#MAX_GAPS} comma-separated positive ms. */
    static List<Duration> gaps(String text) throws NodeRowException {
        if (text == null || text.length() > MAX_GAPS_TEXT) {
            throw new NodeRowException("gaps_ms is " + (text == null ? "NULL" : "longer than " + MAX_GAPS_TEXT + " characters"));
        }
        if (text.isEmpty()) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > SavedNode.MAX_GAPS) {
            throw new NodeRowException("gaps_ms holds " + parts.length + " gaps, more than " + SavedNode.MAX_GAPS);
        }
        List<Duration> gaps = new ArrayList<>(parts.length);
        for (String part : parts) {
            long millis;
            try {
                millis = Long.parseLong(part);
            } catch (NumberFormatException e) {
                throw new NodeRowException("gaps_ms holds " + quote(part) + ", not a number of ms");
            }
            if (millis < 1 || millis > MAX_GAP_MS) {
                throw new NodeRowException("gaps_ms holds " + millis + " ms, not 1.." + MAX_GAP_MS);
            }
            gaps.add(Duration.ofMillis(millis));
        }
        return gaps;
    }

    private Optional<Position> position() throws NodeRowException {
        if (latitude == null && longitude == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null || !(latitude >= -90 && latitude <= 90)
                || !(longitude >= -180 && longitude <= 180)) {
            throw new NodeRowException("latitude/longitude " + latitude + ", " + longitude + " is not a position");
        }
        return Optional.of(new Position(latitude, longitude));
    }

    private Optional<BatteryReading> battery() throws NodeRowException {
        if (batteryMv == null && batteryPct == null && batteryAtMs == null) {
            return Optional.empty();
        }
        if ((batteryMv == null && batteryPct == null) || batteryAtMs == null) {
            throw new NodeRowException("battery_mv/battery_pct/battery_at_ms: a reading needs a value and a time");
        }
        if (batteryMv != null && (batteryMv < 0 || batteryMv > 65_535)) {
            throw new NodeRowException("battery_mv " + batteryMv + " is not 0..65535");
        }
        if (batteryPct != null && (batteryPct < 0 || batteryPct > 100)) {
            throw new NodeRowException("battery_pct " + batteryPct + " is not 0..100");
        }
        return Optional.of(new BatteryReading(batteryMv == null ? OptionalInt.empty() : OptionalInt.of(batteryMv),
                batteryPct == null ? OptionalInt.empty() : OptionalInt.of(batteryPct), time("battery_at_ms", batteryAtMs)));
    }

    private Optional<SignalReport> signal() throws NodeRowException {
        if (snrQdb == null && rssiDbm == null) {
            return Optional.empty();
        }
        if (snrQdb == null || rssiDbm == null) {
            throw new NodeRowException("snr_qdb and rssi_dbm must both be NULL or both be set");
        }
        return Optional.of(new SignalReport(snrQdb, rssiDbm));
    }

    private static LivenessState liveness(String key) throws NodeRowException {
        for (LivenessState s : LivenessState.values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new NodeRowException("state " + quote(key) + " is not online, late or offline");
    }

    private static Optional<AlertKind> silenceAlerted(String key) throws NodeRowException {
        if (key == null) {
            return Optional.empty();
        }
        if (key.equals(AlertKind.NODE_LATE.key())) {
            return Optional.of(AlertKind.NODE_LATE);
        }
        if (key.equals(AlertKind.NODE_SILENT.key())) {
            return Optional.of(AlertKind.NODE_SILENT);
        }
        throw new NodeRowException("silence_alerted " + quote(key) + " is not node_late, node_silent or NULL");
    }

    private static void text(String column, String value) throws NodeRowException {
        if (value == null || value.length() > MAX_TEXT) {
            throw new NodeRowException(column + " is " + (value == null ? "NULL" : "longer than " + MAX_TEXT + " characters"));
        }
    }

    private static Instant time(String column, long millis) throws NodeRowException {
        if (millis < 0 || millis > MAX_MS) {
            throw new NodeRowException(column + " " + millis + " is not a time in 1970..9999 (epoch ms)");
        }
        return Instant.ofEpochMilli(millis);
    }

    private static Optional<Instant> optionalTime(String column, Long millis) throws NodeRowException {
        return millis == null ? Optional.empty() : Optional.of(time(column, millis));
    }

    private static boolean bool(String column, int value) throws NodeRowException {
        if (value != 0 && value != 1) {
            throw new NodeRowException(column + " " + value + " is not 0 or 1");
        }
        return value == 1;
    }

    private static String quote(String value) {
        if (value == null) {
            return "NULL";
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static long ms(Instant at) {
        return at.toEpochMilli();
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}
