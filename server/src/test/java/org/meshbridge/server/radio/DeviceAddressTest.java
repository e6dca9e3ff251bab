package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceAddressTest {

    @Test
    void aPlainPathIsASerialPort() {
        assertThat(DeviceAddress.parse("/dev/ttyUSB0")).isEqualTo(new DeviceAddress.Serial("/dev/ttyUSB0"));
    }

    @Test
    void theSerialPrefixIsOptional() {
        DeviceAddress address = DeviceAddress.parse("serial:/dev/ttyACM1");

        assertThat(address).isEqualTo(new DeviceAddress.Serial("/dev/ttyACM1"));
        assertThat(address).hasToString("/dev/ttyACM1");
    }

    @Test
    void tcpNeedsAHostAndAPort() {
        assertThat(DeviceAddress.parse("tcp://192.168.4.1:5000")).isEqualTo(new DeviceAddress.Tcp("192.168.4.1", 5000));
        assertThat(DeviceAddress.parse("tcp://[::1]:8001")).isEqualTo(new DeviceAddress.Tcp("::1", 8001));
        assertThat(DeviceAddress.parse("tcp://[::1]:8001")).hasToString("tcp://[::1]:8001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tcp://host", "tcp://:5000", "tcp://host:0", "tcp://host:70000", "tcp://host:5000/x",
        "udp://host:5000", "serial:"})
    void refusesWhatIsNeitherForm(String device) {
        assertThatThrownBy(() -> DeviceAddress.parse(device))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("radio device");
    }

    @Test
    void aMissingSerialDeviceSaysSo() {
        assertThatThrownBy(() -> ByteStream.open(DeviceAddress.parse("/dev/meshbridge-no-such-tty"), Duration.ofSeconds(1)))
                .hasMessage("no such serial device: /dev/meshbridge-no-such-tty");
    }
}
