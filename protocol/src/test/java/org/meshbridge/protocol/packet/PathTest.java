package org.meshbridge.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

class PathTest {

    @ParameterizedTest
    @CsvSource({"0x00, 1, 0", "0x05, 1, 5", "0x45, 2, 5", "0x8A, 3, 10", "0x3F, 1, 63", "0x40, 2, 0"})
    void decodesThePathLenByteAsInTheSpecExamples(String pathLen, int hashSize, int hops) throws Exception {
        int b = Integer.decode(pathLen);
        Path p = Path.read(new ByteWriter().u8(b).zeros(hops * hashSize).toBytes().reader());
        assertThat(p.hashSize()).isEqualTo(hashSize);
        assertThat(p.hopCount()).isEqualTo(hops);
        assertThat(p.pathLenByte()).isEqualTo(b);
    }

    @Test
    void rejectsReservedPathHashMode() {
        assertThatThrownBy(() -> Path.read(Bytes.fromHex("C0").reader()))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESERVED_BITS));
    }

    @ParameterizedTest
    @CsvSource({"1, 63", "2, 32", "3, 21"})
    void acceptsTheLongestPathForEachHashSizeAndRejectsOneHopMore(int hashSize, int maxHops) throws Exception {
        Path max = Path.read(new ByteWriter().u8((hashSize - 1) << 6 | maxHops).zeros(maxHops * hashSize).toBytes().reader());
        assertThat(max.byteLength()).isLessThanOrEqualTo(64).isGreaterThanOrEqualTo(64 - hashSize);
        assertThat(max.canAppendHop()).isFalse();
        if (maxHops < 63) {
            int over = maxHops + 1;
            assertThatThrownBy(() -> Path.read(new ByteWriter().u8((hashSize - 1) << 6 | over).zeros(over * hashSize).toBytes().reader()))
                    .isInstanceOfSatisfying(MalformedFrameException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
        }
        assertThatThrownBy(() -> new Path(hashSize, Bytes.zeros((maxHops + 1) * hashSize)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendsAndRemovesHopsAsRepeatersDo() {
        Path p = Path.ofOneByteHashes(0xAA).withHopAppended(Bytes.fromHex("BB"));
        assertThat(p.hashes()).isEqualTo(Bytes.fromHex("AABB"));
        assertThat(p.hop(1)).isEqualTo(Bytes.fromHex("BB"));
        assertThat(p.withFirstHopRemoved()).isEqualTo(Path.ofOneByteHashes(0xBB));
        assertThat(p.withFirstHopRemoved().withFirstHopRemoved()).isEqualTo(Path.EMPTY);
    }

    @Test
    void keepsTheHashSizeOfAnEmptyPath() {
        Path twoByte = new Path(2, Bytes.fromHex("AABB")).withFirstHopRemoved();
        assertThat(twoByte.pathLenByte()).isEqualTo(0x40);
        assertThat(twoByte).isNotEqualTo(Path.EMPTY);
    }

    @Test
    void refusesMisuse() {
        assertThatThrownBy(() -> Path.EMPTY.withFirstHopRemoved()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Path.EMPTY.withHopAppended(Bytes.fromHex("AABB"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Path(4, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Path(2, Bytes.fromHex("AA"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Path.ofOneByteHashes(256)).isInstanceOf(IllegalArgumentException.class);
        Path full = new Path(2, Bytes.zeros(64));
        assertThatThrownBy(() -> full.withHopAppended(Bytes.zeros(2))).isInstanceOf(IllegalStateException.class);
    }
}
