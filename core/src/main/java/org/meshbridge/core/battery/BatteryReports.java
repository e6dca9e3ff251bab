package org.meshbridge.core.battery;

import java.util.Objects;
import org.meshbridge.core.companion.RemoteReplyListener;
import org.meshbridge.core.nodes.BatteryReading;
import org.meshbridge.core.nodes.NodeRegistry;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.payload.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns status and telemetry replies into {@link NodeRegistry#reportBattery} readings, whoever
 * asked: the {@link BatteryPoller}, or a virtual companion (register this as its
 * {@link RemoteReplyListener}). A reading of 0 mV (a board that does not measure its battery) is
 * not reported. Inputs on the scheduler thread; {@link #stats()} from any thread.
 */
public final class BatteryReports implements RemoteReplyListener {

    private static final Logger LOG = LoggerFactory.getLogger(BatteryReports.class);

    private final NodeRegistry registry;
    private final Scheduler scheduler;
    private volatile long reported;
    private volatile long unknownNode;
    private volatile long noBattery;
    private volatile long malformed;

    public BatteryReports(NodeRegistry registry, Scheduler scheduler) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public void onRemoteReply(Identity node, RequestType type, Bytes body) {
        if (type == RequestType.GET_STATUS) {
            status(node, body);
        } else if (type == RequestType.GET_TELEMETRY_DATA) {
            telemetry(node, body);
        }
    }

    /** A GET_STATUS reply body from {@code node}; true if it became a reading in the registry. */
    public boolean status(Identity node, Bytes body) {
        try {
            return report(node, BatteryDecoding.statusMillivolts(body));
        } catch (MalformedFrameException e) {
            return refuse(node, "status", e);
        }
    }

    /** A GET_TELEMETRY_DATA reply body (Cayenne LPP) from {@code node}; true if it became a reading. */
    public boolean telemetry(Identity node, Bytes body) {
        try {
            return report(node, BatteryDecoding.telemetryMillivolts(body));
        } catch (MalformedFrameException e) {
            return refuse(node, "telemetry", e);
        }
    }

    /** Counters since start. */
    public BatteryReportStats stats() {
        return new BatteryReportStats(reported, unknownNode, noBattery, malformed);
    }

    private boolean report(Identity node, int millivolts) {
        if (millivolts <= 0) {
            noBattery++;
            return false;
        }
        if (!registry.reportBattery(node.publicKey().hex(), BatteryReading.ofMillivolts(millivolts, scheduler.now()))) {
            unknownNode++;
            return false;
        }
        reported++;
        return true;
    }

    private boolean refuse(Identity node, String what, MalformedFrameException e) {
        malformed++;
        LOG.debug("{} reply from {} has no battery reading: {}", what, node.publicKey().hex(), e.getMessage());
        return false;
    }
}
