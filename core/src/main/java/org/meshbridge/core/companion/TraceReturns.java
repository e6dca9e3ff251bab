package org.meshbridge.core.companion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.meshbridge.core.node.ReceivedPacket;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.packet.Packet;
import org.meshbridge.protocol.packet.PayloadType;
import org.meshbridge.protocol.payload.TracePayload;

/**
 * Traces a companion sent, waiting to come back (firmware {@code onTraceRecv}): a direct TRACE
 * whose path (its SNR list) has reached the end of its hop list has finished its round, and if its
 * tag is one we wait for, it is ours. Waits {@link RemoteRequests#TIMEOUT} at most. Confined to the
 * scheduler thread.
 */
final class TraceReturns {

    private final Scheduler scheduler;
    private final Map<Long, CompletableFuture<TraceResult>> waiting = new LinkedHashMap<>();

    TraceReturns(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    CompletableFuture<TraceResult> await(long tag) throws CompanionException {
        if (waiting.size() >= RemoteRequests.MAX_PENDING) {
            throw new CompanionException(CompanionException.Reason.TABLE_FULL, "too many traces are waiting");
        }
        CompletableFuture<TraceResult> result = new CompletableFuture<>();
        CompletableFuture<TraceResult> old = waiting.put(tag, result);
        if (old != null) {
            old.completeExceptionally(new TimeoutException("replaced by a newer trace with the same tag"));
        }
        scheduler.schedule(RemoteRequests.TIMEOUT, () -> {
            if (waiting.remove(tag, result)) {
                result.completeExceptionally(new TimeoutException("the trace did not come back"));
            }
        });
        return result;
    }

    void heard(ReceivedPacket received) {
        Packet packet = received.packet();
        if (waiting.isEmpty() || !packet.route().isDirect() || !packet.is(PayloadType.TRACE)) {
            return;
        }
        TracePayload trace;
        try {
            trace = TracePayload.read(packet.payload().reader());
        } catch (MalformedFrameException malformed) {
            return;
        }
        int offset = packet.path().pathLenByte() << (trace.flags() & 3);
        if (offset < trace.hopHashes().size()) {
            return;
        }
        CompletableFuture<TraceResult> result = waiting.remove(trace.tag());
        if (result != null) {
            int snr = received.frame().signal().map(s -> s.snrQuarterDb()).orElse(0);
            result.complete(new TraceResult(trace.tag(), trace.authCode(), trace.flags(), trace.hopHashes(),
                    packet.path().hashes(), snr));
        }
    }
}
