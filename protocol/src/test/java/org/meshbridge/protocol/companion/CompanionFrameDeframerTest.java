package org.meshbridge.protocol.companion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;

class CompanionFrameDeframerTest {

    private static final Bytes QUERY = Bytes.fromHex("16 03");
    private static final Bytes QUERY_WIRE = Bytes.fromHex("3C 02 00 16 03");

    private static Bytes header(int marker, int length) {
        return new ByteWriter().u8(marker).u16(length).toBytes();
    }

    @Test
    void deviceEndAcceptsAFrameOfMaxFrameSize() {
        Bytes frame = Bytes.fromHex("22").concat(Bytes.zeros(175));
        CompanionFrameDeframer d = CompanionFrameDeframer.deviceEnd();
        assertThat(d.feed(CompanionFrameWriter.frame(FrameDirection.APP_TO_RADIO, frame))).containsExactly(frame);
        assertThat(d.droppedFrames()).isZero();
    }

    @Test
    void deviceEndSkipsAFrameOfMaxFrameSizePlusOneAndDecodesTheNext() {
        Bytes oversized = header('<', 177).concat(Bytes.fromHex("22").concat(Bytes.zeros(176)));
        CompanionFrameDeframer d = CompanionFrameDeframer.deviceEnd();
        assertThat(d.feed(oversized.concat(QUERY_WIRE))).containsExactly(QUERY);
        assertThat(d.droppedFrames()).isEqualTo(1);
        assertThat(d.discardedBytes()).isEqualTo(180);
    }

    @Test
    void deviceEndSkipsAFrameWithTheRadioMarkerByItsLength() {
        Bytes echoed = Bytes.fromHex("3E 05 00 3C 02 00 16 01");
        assertThat(CompanionFrameDeframer.deviceEnd().feed(echoed.concat(QUERY_WIRE))).containsExactly(QUERY);
    }

    @Test
    void deviceEndDropsAHeaderWithZeroTypeOrLengthAndReadsTheNextThreeBytesAsAHeader() {
        // SerialWifiInterface: 00 05 00 is not a header, so the following bytes are read as one, unscanned.
        Bytes stream = Bytes.fromHex("3C 00 00").concat(Bytes.fromHex("00 05 00")).concat(QUERY_WIRE);
        CompanionFrameDeframer d = CompanionFrameDeframer.deviceEnd();
        assertThat(d.feed(stream)).containsExactly(QUERY);
        assertThat(d.droppedFrames()).isEqualTo(2);
    }

    @Test
    void deviceEndDoesNotScanForTheMarkerAfterJunk() {
        // One junk byte misaligns every header after it, as on the firmware's TCP server.
        CompanionFrameDeframer d = CompanionFrameDeframer.deviceEnd();
        assertThat(d.feed(Bytes.fromHex("00").concat(QUERY_WIRE))).isEmpty();
        d.reset();
        assertThat(d.feed(QUERY_WIRE)).containsExactly(QUERY);
    }

    @Test
    void appEndAcceptsMaxFrameSizeAndTakesALongerHeaderForNoise() {
        Bytes max = Bytes.fromHex("88 2E C4").concat(Bytes.zeros(173));
        Bytes ok = CompanionFrameWriter.frame(FrameDirection.RADIO_TO_APP, max);
        Bytes tooLong = header('>', 177).concat(Bytes.zeros(177));
        Bytes next = CompanionFrameWriter.frame(new MsgWaiting());
        CompanionFrameDeframer d = CompanionFrameDeframer.appEnd();
        assertThat(d.feed(ok.concat(tooLong).concat(next))).containsExactly(max, Bytes.fromHex("83"));
        assertThat(d.droppedFrames()).isEqualTo(1);
    }

    @Test
    void appEndSkipsJunkAndEmptyHeadersAsMeshcoreJsDoes() {
        Bytes stream = Bytes.fromHex("00 41 3E 00 00").concat(CompanionFrameWriter.frame(new Ok()));
        assertThat(CompanionFrameDeframer.appEnd().feed(stream)).containsExactly(Bytes.fromHex("00"));
    }

    @Test
    void appEndRescansTheLengthBytesOfANoiseHeader() {
        // '>' then a length byte that is itself '>' starting a real header.
        Bytes stream = Bytes.fromHex("3E FF 3E 01 00 83");
        assertThat(CompanionFrameDeframer.appEnd().feed(stream)).containsExactly(Bytes.fromHex("83"));
    }

    @Test
    void appEndIgnoresCommandFrames() {
        assertThat(CompanionFrameDeframer.appEnd().feed(QUERY_WIRE)).isEmpty();
    }

    @Test
    void framesSplitAcrossChunksComeOutWhole() {
        CompanionFrameDeframer d = CompanionFrameDeframer.deviceEnd();
        List<Bytes> out = new ArrayList<>();
        for (int i = 0; i < QUERY_WIRE.size(); i++) {
            d.feed(QUERY_WIRE.slice(i, i + 1), out::add);
        }
        assertThat(out).containsExactly(QUERY);
    }

    @Test
    void writerRefusesEmptyAndOversizedFrames() {
        assertThatThrownBy(() -> CompanionFrameWriter.frame(FrameDirection.APP_TO_RADIO, Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompanionFrameWriter.frame(FrameDirection.RADIO_TO_APP, Bytes.zeros(177)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CompanionFrameWriter.frame(FrameDirection.RADIO_TO_APP, Bytes.zeros(176)).prefix(3))
                .isEqualTo(Bytes.fromHex("3E B0 00"));
    }
}
