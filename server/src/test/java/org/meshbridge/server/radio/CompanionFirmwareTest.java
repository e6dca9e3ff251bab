package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanionFirmwareTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3  | older than v1.7",
        "5  | v1.7",
        "6  | between v1.7 and v1.8-1.9",
        "7  | v1.8-1.9",
        "8  | v1.10-1.12",
        "9  | v1.13",
        "10 | v1.14",
        "11 | v1.15",
        "12 | between v1.15 and v1.16-1.17",
        "13 | v1.16-1.17",
        "14 | newer than v1.17",
    })
    void namesTheReleaseOfEachVersionCodeFromTheSpecTable(int verCode, String release) {
        assertThat(CompanionFirmware.release(verCode)).isEqualTo(release);
    }

    @ParameterizedTest
    @CsvSource({"12, false", "13, true", "14, true"})
    void rawModeNeedsVersionCode13(int verCode, boolean supported) {
        assertThat(CompanionFirmware.supportsRawMode(verCode)).isEqualTo(supported);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 | v1.14.2 | companion firmware v1.14 is too old for raw mode; update to v1.16 or newer (the radio reports FIRMWARE_VER_CODE 10, \"v1.14.2\")",
        "8  |         | companion firmware v1.10-1.12 is too old for raw mode; update to v1.16 or newer (the radio reports FIRMWARE_VER_CODE 8)",
    })
    void theRefusalSaysWhichReleaseAndWhatToDo(int verCode, String reported, String message) {
        assertThat(CompanionFirmware.tooOldMessage(verCode, reported == null ? "" : reported)).isEqualTo(message);
    }
}
