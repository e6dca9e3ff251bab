package org.meshbridge.protocol.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ByteReaderTest {

    @Test
    void readsLittleEndianIntegers() throws Exception {
        ByteReader r = Bytes.fromHex("01 0203 04050607 ff").reader();
        assertThat(r.u8("a")).isEqualTo(1);
        assertThat(r.u16("b")).isEqualTo(0x0302);
        assertThat(r.u32("c")).isEqualTo(0x07060504L);
        assertThat(r.i8("d")).isEqualTo(-1);
        r.requireFinished("test");
    }

    @Test
    void reportsTruncationWithFieldAndOffset() {
        ByteReader r = Bytes.fromHex("0102").reader();
        assertThatThrownBy(() -> r.u32("timestamp"))
                .isInstanceOfSatisfying(MalformedFrameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MalformedFrameException.Reason.TRUNCATED);
                    assertThat(e.detail()).contains("timestamp").contains("offset 0").contains("2 left");
                });
    }

    @Test
    void sliceConfinesAFieldAndAdvancesTheParent() throws Exception {
        ByteReader r = Bytes.fromHex("aabbcc dd").reader();
        ByteReader sub = r.slice(3, "field");
        assertThat(sub.rest()).isEqualTo(Bytes.fromHex("aabbcc"));
        assertThat(r.u8("next")).isEqualTo(0xdd);
    }

    @Test
    void rejectsTrailingBytes() {
        ByteReader r = Bytes.fromHex("00").reader();
        assertThatThrownBy(() -> r.requireFinished("frame"))
                .isInstanceOfSatisfying(MalformedFrameException.class,
                        e -> assertThat(e.reason()).isEqualTo(MalformedFrameException.Reason.TRAILING_BYTES));
    }

    @Test
    void fixedStringStopsAtNul() throws Exception {
        ByteReader r = Bytes.fromHex("41 42 00 43 44").reader();
        assertThat(r.fixedString(5, "name")).isEqualTo("AB");
        assertThat(r.hasRemaining()).isFalse();
    }

    @Test
    void fixedStringWriterCutsOnCharacterBoundary() {
        // "é" is two bytes; a 2-byte field that keeps a NUL has room for one byte only.
        Bytes b = new ByteWriter().fixedString("é", 2, true).toBytes();
        assertThat(b).isEqualTo(Bytes.fromHex("0000"));
        assertThat(new ByteWriter().fixedString("aé", 3, false).toBytes()).isEqualTo(Bytes.fromHex("61c3a9"));
    }

    @Property
    void readingNeverThrowsAnythingButMalformed(@ForAll byte[] input, @ForAll int n) {
        ByteReader r = ByteReader.of(input);
        try {
            r.bytes(n, "x");
            r.u32("y");
        } catch (MalformedFrameException expected) {
            assertThat(expected.reason()).isEqualTo(MalformedFrameException.Reason.TRUNCATED);
        }
    }

    @Test
    void hexAcceptsAsciiDigitsOnly() {
        assertThat(Hex.decode("aB 0f")).containsExactly(0xab, 0x0f);
        assertThatThrownBy(() -> Hex.decode("\uFF10\uFF11")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hex.decode("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void hexRoundTrips(@ForAll byte[] input) {
        assertThat(Hex.decode(Hex.encode(input))).isEqualTo(input);
    }
}
