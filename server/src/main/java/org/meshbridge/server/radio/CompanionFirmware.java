package org.meshbridge.server.radio;

/**
 * Names companion firmware releases by their {@code FIRMWARE_VER_CODE}, from the table in
 * spec §9 (the code is what {@code RESP_CODE_DEVICE_INFO} carries first).
 */
final class CompanionFirmware {

    /** {@code FIRMWARE_VER_CODE} and the releases that carry it, oldest first. */
    private static final int[] CODES = {5, 7, 8, 9, 10, 11, 13};
    private static final String[] RELEASES = {"v1.7", "v1.8-1.9", "v1.10-1.12", "v1.13", "v1.14", "v1.15", "v1.16-1.17"};

    private CompanionFirmware() {
    }

    /**
     * The release for {@code verCode}: {@code "v1.15"} for 11; for a code between two releases, the
     * releases around it; for one older than v1.7, {@code "older than v1.7"}; for one newer than
     * the table, {@code "newer than v1.17"}.
     */
    static String release(int verCode) {
        if (verCode < CODES[0]) {
            return "older than " + RELEASES[0];
        }
        for (int i = 0; i < CODES.length; i++) {
            if (CODES[i] == verCode) {
                return RELEASES[i];
            }
            if (CODES[i] > verCode) {
                return "between " + RELEASES[i - 1] + " and " + RELEASES[i];
            }
        }
        return "newer than v1.17";
    }

    /** True when the firmware has {@code CMD_SEND_RAW_PACKET} (v1.16, code 13, and later). */
    static boolean supportsRawMode(int verCode) {
        return verCode >= RadioLinkConstants.RAW_MODE_MIN_FIRMWARE_VER_CODE;
    }

    /** The operator message for firmware without raw mode. */
    static String tooOldMessage(int verCode, String reportedVersion) {
        String reported = reportedVersion.isEmpty() ? "" : ", \"" + reportedVersion + "\"";
        return "companion firmware " + release(verCode) + " is too old for raw mode; update to v1.16 or newer"
                + " (the radio reports FIRMWARE_VER_CODE " + verCode + reported + ")";
    }
}
