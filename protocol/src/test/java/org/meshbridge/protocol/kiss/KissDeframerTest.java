package org.meshbridge.protocol.kiss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

class KissDeframerTest {

    static final Bytes ACK = Bytes.fromHex("0D00712250F6");
    static final DataFrame ACK_FRAME = new DataFrame(ACK);

    final RecordingKissListener listener = new RecordingKissListener();
    final KissDeframer deframer = new KissDeframer(listener);

    void feedHex(String hex) {
        deframer.feed(Bytes.fromHex(hex));
    }

    @AfterEach
    void countersMatchTheListener() {
        assertThat(deframer.framesDecoded()).isEqualTo(listener.frames.size());
        assertThat(deframer.framesDropped()).isEqualTo(listener.drops.size());
    }

    @Test
    void decodesSpecVector11() {
        feedHex("C0000D00712250F6C0");
        assertThat(listener.frames).containsExactly(ACK_FRAME);
        assertThat(listener.drops).isEmpty();
    }

    @Test
    void decodesAFrameFedOneByteAtATime() {
        for (byte b : Bytes.fromHex("C0 06 09 DBDC CA8936 90D00300 0A 05 C0").toArray()) {
            deframer.feed(new byte[] {b});
        }
        assertThat(listener.frames).containsExactly(new HardwareRequest.SetRadio(915_000_000L, 250_000L, 10, 5));
    }

    @Test
    void unescapesFendAndFescInsideData() {
        feedHex("C0 00 DBDC DBDD 01 C0");
        assertThat(listener.frames).containsExactly(new DataFrame(Bytes.fromHex("C0DB01")));
    }

    @Test
    void skipsBackToBackFends() {
        feedHex("C0 C0 C0 000D00712250F6 C0 C0 C0 06F0 C0 C0");
        assertThat(listener.frames).containsExactly(ACK_FRAME, new HardwareResponse.Ok());
        assertThat(listener.drops).isEmpty();
    }

    @Test
    void ignoresGarbageBeforeTheFirstFend() {
        feedHex("00 06 F0 DB DD 41 42 43 C0 000D00712250F6 C0");
        assertThat(listener.frames).containsExactly(ACK_FRAME);
        assertThat(listener.drops).isEmpty();
    }

    @Test
    void sharesOneFendBetweenTwoFrames() {
        feedHex("C0 000D00712250F6 C0 06F9DA9F C0");
        assertThat(listener.frames).containsExactly(ACK_FRAME, new HardwareResponse.RxMeta(-38, -97));
    }

    @Test
    void waitsForTheClosingFend() {
        feedHex("C0 000D00712250");
        assertThat(listener.frames).isEmpty();
        assertThat(deframer.bufferedBytes()).isEqualTo(6); // type byte + 5 packet bytes
        feedHex("F6 C0");
        assertThat(listener.frames).containsExactly(ACK_FRAME);
        assertThat(deframer.bufferedBytes()).isZero();
    }

    @Test
    void acceptsAFrameOfExactly512Bytes() {
        feedHex("C0 06 1B" + "00".repeat(510) + "C0");
        assertThat(listener.frames).containsExactly(new UnknownHardwareFrame(0x1B, Bytes.zeros(510)));
    }

    @Test
    void acceptsAFrameOf512BytesThatAreAllEscaped() {
        // 512 unescaped bytes take 1,023 bytes on the wire; the limit counts unescaped bytes
        feedHex("C0 10" + "DBDC".repeat(511) + "C0");
        assertThat(listener.frames).containsExactly(new UnknownFrame(0x10, Bytes.fromHex("C0".repeat(511))));
    }

    @Test
    void resyncsAfterOversizedKissFrame() {
        feedHex("C0 06 1B" + "00".repeat(511) + "C0 000D00712250F6 C0");
        assertThat(listener.drops).containsExactly(Reason.TOO_LONG);
        assertThat(deframer.framesDropped(Reason.TOO_LONG)).isEqualTo(1);
        assertThat(listener.frames).containsExactly(ACK_FRAME);
    }

    @Test
    void keepsMemoryBoundedThroughAnEndlessFrame() {
        feedHex("C0");
        byte[] chunk = new byte[4096];
        for (int i = 0; i < 100; i++) {
            deframer.feed(chunk);
            assertThat(deframer.bufferedBytes()).isLessThanOrEqualTo(512);
        }
        feedHex("C0 000D00712250F6 C0");
        assertThat(listener.drops).containsExactly(Reason.TOO_LONG);
        assertThat(listener.frames).containsExactly(ACK_FRAME);
    }

    @Test
    void dropsAFrameWithABadEscapeAndDecodesTheNext() {
        feedHex("C0 00 0D DB 41 00 C0 000D00712250F6 C0");
        assertThat(listener.drops).containsExactly(Reason.BAD_VALUE);
        assertThat(listener.frames).containsExactly(ACK_FRAME);
    }

    @Test
    void dropsAFrameThatEndsInsideAnEscape() {
        feedHex("C0 00 0D DB C0 000D00712250F6 C0");
        assertThat(listener.drops).containsExactly(Reason.BAD_VALUE);
        assertThat(listener.frames).containsExactly(ACK_FRAME);
    }

    @Test
    void dropsFramesThatDoNotDecodeAndKeepsGoing() {
        // an empty Data frame, then an Identity reply one byte short, then a good frame
        feedHex("C0 00 C0 0681" + "11".repeat(31) + "C0 06F0 C0");
        assertThat(listener.drops).containsExactly(Reason.TOO_SHORT, Reason.TRUNCATED);
        assertThat(listener.frames).containsExactly(new HardwareResponse.Ok());
    }

    @Test
    void feedsOnlyTheGivenSliceOfAnArray() {
        byte[] wire = Bytes.fromHex("FFFF C0000D00712250F6C0 FFFF").toArray();
        deframer.feed(wire, 2, 9);
        assertThat(listener.frames).containsExactly(ACK_FRAME);
    }
}
