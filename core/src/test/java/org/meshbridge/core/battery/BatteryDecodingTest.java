package org.meshbridge.core.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.meshbridge.core.room.ServerStats;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/** The layouts the firmware sends (simple_repeater RepeaterStats, simple_room_server ServerStats, CayenneLPP). */
class BatteryDecodingTest {

    @Test
    void theRoomServersStatusLayoutCarriesItsBattery() throws MalformedFrameException {
        Bytes stats = new ServerStats(3_871, 1, -110, -90, 5, 6, 7, 8, 9, 10, 11, 12, 0, 20, 1, 2, 3, 4).encode();
        assertThat(BatteryDecoding.statusMillivolts(stats)).isEqualTo(3_871);
    }

    @Test
    void aRepeatersStatusFromTheSpecExampleCarriesItsBattery() throws MalformedFrameException {
        // RepeaterStats: batt 0x0F3C = 3900 mV first, little-endian, then 54 more bytes
        Bytes stats = Bytes.fromHex("3c0f" + "00".repeat(54));
        assertThat(BatteryDecoding.statusMillivolts(stats)).isEqualTo(3_900);
    }

    @Test
    void aShortStatusIsRefused() {
        assertThatThrownBy(() -> BatteryDecoding.statusMillivolts(Bytes.fromHex("3c0f")))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("at least 48");
    }

    @Test
    void telemetryAsTheRepeaterSendsIt() throws MalformedFrameException {
        // addVoltage(1, 4.12) then addTemperature(1, 21.5): 01 74 019c 01 67 00d7
        assertThat(BatteryDecoding.telemetryMillivolts(Bytes.fromHex("0174019c016700d7"))).isEqualTo(4_120);
    }

    @Test
    void telemetryWithoutVoltageOrWithAnUnknownTypeIsRefused() {
        assertThatThrownBy(() -> BatteryDecoding.telemetryMillivolts(Bytes.fromHex("016700d7")))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("no voltage");
        assertThatThrownBy(() -> BatteryDecoding.telemetryMillivolts(Bytes.fromHex("02fe00")))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("unknown");
        assertThatThrownBy(() -> BatteryDecoding.telemetryMillivolts(Bytes.fromHex("017401")))
                .isInstanceOf(MalformedFrameException.class).hasMessageContaining("needs 2 bytes");
    }
}
