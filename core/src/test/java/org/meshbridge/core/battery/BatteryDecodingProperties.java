package org.meshbridge.core.battery;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.meshbridge.protocol.bytes.ByteWriter;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * Reply bodies come off the air from any node: random bytes, and valid LPP with a random voltage
 * somewhere after random known entries, either decode or throw {@link MalformedFrameException}.
 */
class BatteryDecodingProperties {

    @Property
    void randomStatusBodiesDecodeOrFailTyped(@ForAll("bodies") byte[] body) {
        try {
            int mv = BatteryDecoding.statusMillivolts(Bytes.of(body));
            assertThat(body.length).isGreaterThanOrEqualTo(BatteryDecoding.MIN_STATUS_BYTES);
            assertThat(mv).isEqualTo((body[0] & 0xFF) | (body[1] & 0xFF) << 8);
        } catch (MalformedFrameException e) {
            assertThat(body.length).isLessThan(BatteryDecoding.MIN_STATUS_BYTES);
        }
    }

    @Property
    void randomTelemetryBodiesDecodeOrFailTyped(@ForAll("bodies") byte[] body) {
        try {
            int mv = BatteryDecoding.telemetryMillivolts(Bytes.of(body));
            assertThat(mv).isBetween(0, 655_350);
        } catch (MalformedFrameException e) {
            assertThat(e.reason()).isNotNull();
        }
    }

    @Property
    void theSelfVoltageIsFoundAfterOtherEntries(@ForAll("entries") byte[] before, @ForAll("centivolts") int centivolts) {
        Bytes lpp = new ByteWriter().bytes(before).u8(BatteryDecoding.CHANNEL_SELF).u8(BatteryDecoding.LPP_VOLTAGE)
                .u8(centivolts >> 8).u8(centivolts & 0xFF).u8(1).u8(103).u8(0).u8(215).toBytes();
        try {
            assertThat(BatteryDecoding.telemetryMillivolts(lpp)).isEqualTo(centivolts * 10);
        } catch (MalformedFrameException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
    }

    @Provide
    Arbitrary<Integer> centivolts() {
        return Arbitraries.integers().between(0, 65_535);
    }

    /** Zero to four entries on channels 2..9 of fixed-size types (temperature, humidity, GPS, accelerometer). */
    @Provide
    Arbitrary<byte[]> entries() {
        Arbitrary<byte[]> entry = Arbitraries.of(new int[] {103, 2}, new int[] {104, 1}, new int[] {136, 9},
                new int[] {113, 6}).flatMap(t -> Arbitraries.bytes().array(byte[].class).ofSize(t[1]).flatMap(v ->
                Arbitraries.integers().between(2, 9).map(ch -> {
                    ByteWriter w = new ByteWriter().u8(ch).u8(t[0]).bytes(v);
                    return w.toBytes().toArray();
                })));
        return entry.list().ofMaxSize(4).map(list -> {
            ByteWriter w = new ByteWriter();
            list.forEach(w::bytes);
            return w.toBytes().toArray();
        });
    }
}
