package org.meshbridge.core.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.protocol.bytes.Bytes;

class RadioValuesTest {

    @Test
    void theMeshcoreDefaultModulationIsTheFirmwareBuildDefault() {
        RadioParameters d = RadioParameters.MESHCORE_DEFAULT;
        assertThat(d.frequencyHz()).isEqualTo(869_618_000L);
        assertThat(d.bandwidthHz()).isEqualTo(62_500);
        assertThat(d.spreadingFactor()).isEqualTo(8);
        assertThat(d.codingRate()).isEqualTo(5);
    }

    @Test
    void rejectsModulationsNoLoraRadioHas() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RadioParameters(0, 62_500, 8, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new RadioParameters(869_618_000L, 0, 8, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new RadioParameters(869_618_000L, 62_500, 4, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new RadioParameters(869_618_000L, 62_500, 13, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new RadioParameters(869_618_000L, 62_500, 8, 9));
    }

    @Test
    void aReceivedFrameCarriesSnrInQuarterDecibels() {
        ReceivedFrame frame = ReceivedFrame.withSignal("kiss0", Bytes.fromHex("1500"), -27, -110, ManualScheduler.DEFAULT_START);
        assertThat(frame.signal()).contains(new SignalReport(-27, -110));
        assertThat(frame.signal().orElseThrow().snrDb()).isEqualTo(-6.75);
    }

    @Test
    void aFrameWhoseSignalReportNeverCameSaysSo() {
        ReceivedFrame frame = ReceivedFrame.withoutSignal("kiss0", Bytes.fromHex("1500"), ManualScheduler.DEFAULT_START);
        assertThat(frame.signal()).isEmpty();
    }

    @Test
    void onlyUpIsUp() {
        assertThat(new LinkState.Up("modem").isUp()).isTrue();
        assertThat(new LinkState.Connecting().isUp()).isFalse();
        assertThat(new LinkState.Down("serial port closed").isUp()).isFalse();
        assertThat(new LinkState.Closed().isUp()).isFalse();
    }

    @Test
    void theRecordingLinkReportsStateAndFramesAndCompletesAfterTimeOnAir() {
        ManualScheduler clock = new ManualScheduler();
        RecordingRadioLink link = new RecordingRadioLink("rec", clock, bytes -> Duration.ofMillis(bytes));
        List<Object> heard = new ArrayList<>();
        link.start(new RadioLink.Listener() {
            @Override
            public void onReceive(ReceivedFrame frame) {
                heard.add(frame);
            }

            @Override
            public void onStateChange(LinkState state) {
                heard.add(state);
            }
        });
        link.receive(Bytes.fromHex("1500"), 40, -90);
        link.changeState(new LinkState.Down("unplugged"));
        var result = link.transmit(Bytes.zeros(100)).toCompletableFuture();
        clock.advance(Duration.ofMillis(99));
        assertThat(result).isNotDone();
        clock.advance(Duration.ofMillis(1));

        assertThat(result).isCompletedWithValue(TxResult.SENT);
        assertThat(heard).containsExactly(new LinkState.Up("recording"),
                ReceivedFrame.withSignal("rec", Bytes.fromHex("1500"), 40, -90, ManualScheduler.DEFAULT_START),
                new LinkState.Down("unplugged"));
        assertThat(link.state()).isEqualTo(new LinkState.Down("unplugged"));
        assertThat(link.transmissions()).hasSize(1);
    }
}
