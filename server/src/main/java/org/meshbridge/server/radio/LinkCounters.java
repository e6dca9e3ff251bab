package org.meshbridge.server.radio;

import java.util.concurrent.atomic.AtomicLong;
import org.meshbridge.core.radio.TxResult;

/**
 * What a radio link has seen since it was built, for metrics and {@code /healthz}. Counts only
 * grow; reads from any thread.
 */
public final class LinkCounters {

    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong framesIgnored = new AtomicLong();
    private final AtomicLong signalReportsMissing = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong notSent = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong disconnections = new AtomicLong();

    /** Packets handed to the listener. */
    public long framesReceived() {
        return framesReceived.get();
    }

    /** Frames thrown away as malformed: garbage, bad escapes, oversized, undecodable. */
    public long framesDropped() {
        return framesDropped.get();
    }

    /**
     * Well-formed frames with nothing to do: pushes we do not use, replies nobody waits for, a
     * {@code TxDone} with no frame in flight, packets heard before the link was up.
     */
    public long framesIgnored() {
        return framesIgnored.get();
    }

    /** KISS Data frames delivered without an {@code RxMeta}, so with an unknown signal report. */
    public long signalReportsMissing() {
        return signalReportsMissing.get();
    }

    /** Transmissions that ended {@code SENT}. */
    public long sent() {
        return sent.get();
    }

    /** Transmissions that ended {@code FAILED}. */
    public long failed() {
        return failed.get();
    }

    /** Transmissions that ended {@code NOT_SENT}. */
    public long notSent() {
        return notSent.get();
    }

    /** Times the link came up. */
    public long connections() {
        return connections.get();
    }

    /** Times an open connection was lost (failed opens are not counted). */
    public long disconnections() {
        return disconnections.get();
    }

    void received() {
        framesReceived.incrementAndGet();
    }

    void dropped(long count) {
        framesDropped.addAndGet(count);
    }

    void ignored() {
        framesIgnored.incrementAndGet();
    }

    void signalReportMissing() {
        signalReportsMissing.incrementAndGet();
    }

    void finished(TxResult result) {
        switch (result) {
            case SENT -> sent.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
            case NOT_SENT -> notSent.incrementAndGet();
        }
    }

    void connected() {
        connections.incrementAndGet();
    }

    void disconnected() {
        disconnections.incrementAndGet();
    }

    @Override
    public String toString() {
        return "received=" + framesReceived() + " dropped=" + framesDropped() + " ignored=" + framesIgnored()
                + " noSignalReport=" + signalReportsMissing() + " sent=" + sent() + " failed=" + failed()
                + " notSent=" + notSent() + " connections=" + connections() + " disconnections=" + disconnections();
    }
}
