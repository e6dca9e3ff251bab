package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.ReceivedFrame;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.companion.LogRxData;
import org.meshbridge.protocol.kiss.DataFrame;
import org.meshbridge.protocol.kiss.HardwareResponse;

/**
 * Whatever bytes a device sends, the read loop survives, the link stays up, and a well-formed
 * frame after the garbage still arrives. Over an in-memory cable, so that many tries run quickly.
 */
class RadioLinkGarbageProperties {

    private static final Bytes ACK = KissModemLinkIT.ACK;
    private static final DeviceAddress DEVICE = DeviceAddress.parse("/dev/memory-cable");

    @Property(tries = 300)
    void aKissLinkSurvivesAnyBytesAndHearsTheNextFrame(@ForAll @Size(max = 1200) byte[] garbage) throws Exception {
        MemoryCable cable = new MemoryCable();
        RecordingListener listener = new RecordingListener();
        try (KissModemLink link = new KissModemLink("kiss0", DEVICE, (device, timeout) -> cable.linkEnd(),
                KissModemLinkIT.RADIO, new TimerScheduler(), new SplittableRandom(1), KissModemLinkIT.TIMING);
                ScriptedKissModem modem = ScriptedKissModem.on(cable.peerEnd())) {
            link.start(listener);
            listener.awaitState(LinkState.Up.class);

            modem.sendRaw(Bytes.of(garbage).concat(Bytes.fromHex("C0")));  // whatever it was, a FEND ends it
            modem.send(new DataFrame(ACK), new HardwareResponse.RxMeta(12, -90));

            awaitFrame(listener, 12, -90);
            assertThat(link.state().isUp()).isTrue();
        }
    }

    @Property(tries = 300)
    void aCompanionLinkSurvivesAnyBytesAndHearsTheNextFrame(@ForAll @Size(max = 1200) byte[] garbage) throws Exception {
        MemoryCable cable = new MemoryCable();
        RecordingListener listener = new RecordingListener();
        try (CompanionRawLink link = new CompanionRawLink("companion0", DEVICE, (device, timeout) -> cable.linkEnd(),
                KissModemLinkIT.RADIO, new TimerScheduler(), new SplittableRandom(1), KissModemLinkIT.TIMING);
                ScriptedCompanionRadio radio = ScriptedCompanionRadio.on(cable.peerEnd())) {
            link.start(listener);
            listener.awaitState(LinkState.Up.class);

            // 179 zeros finish any frame the garbage started (at most 3 + 176 bytes), then are noise
            radio.sendRaw(Bytes.of(garbage).concat(Bytes.zeros(179)));
            radio.push(new LogRxData(8, -95, ACK));

            awaitFrame(listener, 8, -95);
            assertThat(link.state().isUp()).isTrue();
        }
    }

    /** Frames the garbage happened to contain may come first; ours comes last. */
    private static void awaitFrame(RecordingListener listener, int snrQuarterDb, int rssiDbm) throws InterruptedException {
        while (true) {
            ReceivedFrame frame = listener.nextFrame();
            if (frame.packet().equals(ACK) && frame.signal().equals(Optional.of(new SignalReport(snrQuarterDb, rssiDbm)))) {
                return;
            }
        }
    }
}
