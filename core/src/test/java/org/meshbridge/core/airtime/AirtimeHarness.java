package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbridge.core.radio.RecordingRadioLink;
import org.meshbridge.core.radio.TxResult;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * An airtime scheduler on a virtual clock in front of a recording radio, with a linear airtime model
 * (40 ms + 4 ms per byte: 40 bytes take 200 ms, 10 bytes 80 ms) so budgets come out in round figures.
 * Every outcome is recorded against the request's serial number, and a second outcome for one
 * request fails the test.
 */
final class AirtimeHarness {

    static final AirtimeEstimator LINEAR = bytes -> Duration.ofMillis(40 + 4L * bytes);

    final ManualScheduler clock = new ManualScheduler();
    final RecordingRadioLink radio = new RecordingRadioLink("rec0", clock, LINEAR::timeOnAir);
    final AirtimeScheduler airtime;
    final Map<Integer, TxOutcome> outcomes = new LinkedHashMap<>();
    private final List<Integer> duplicateOutcomes = new ArrayList<>();
    private int nextSerial;

    AirtimeHarness(AirtimeConfig config) {
        this.airtime = new AirtimeScheduler(clock, radio, LINEAR, config);
    }

    /** Submits a frame of {@code bytes} (at least 4) whose first four bytes are its serial number. */
    int submit(int bytes, TxPriority priority, TrafficOrigin origin) {
        return submit(TxRequest.of(packet(nextSerial, bytes), priority, origin));
    }

    int submitWithDeadline(int bytes, TxPriority priority, TrafficOrigin origin, Instant startBefore) {
        return submit(TxRequest.of(packet(nextSerial, bytes), priority, origin).withDeadline(startBefore));
    }

    private int submit(TxRequest request) {
        int serial = nextSerial++;
        airtime.submit(request).whenComplete((outcome, failure) -> {
            if (outcomes.putIfAbsent(serial, outcome) != null) {
                duplicateOutcomes.add(serial);
            }
        });
        return serial;
    }

    int submittedCount() {
        return nextSerial;
    }

    List<Integer> duplicateOutcomes() {
        return duplicateOutcomes;
    }

    /** Serial numbers of the frames the radio completed, in order. */
    List<Integer> sentSerials() {
        return radio.transmissions().stream()
                .filter(t -> t.result() == TxResult.SENT)
                .map(t -> serialOf(t.packet()))
                .toList();
    }

    TxOutcome outcome(int serial) {
        return outcomes.get(serial);
    }

    DropReason dropReason(int serial) {
        TxOutcome outcome = outcomes.get(serial);
        if (outcome instanceof TxOutcome.Dropped dropped) {
            return dropped.reason();
        }
        throw new AssertionError("request " + serial + " was not dropped: " + outcome);
    }

    static Bytes packet(int serial, int bytes) {
        byte[] raw = new byte[bytes];
        raw[0] = (byte) (serial >>> 24);
        raw[1] = (byte) (serial >>> 16);
        raw[2] = (byte) (serial >>> 8);
        raw[3] = (byte) serial;
        return Bytes.of(raw);
    }

    static int serialOf(Bytes packet) {
        return packet.get(0) << 24 | packet.get(1) << 16 | packet.get(2) << 8 | packet.get(3);
    }
}
