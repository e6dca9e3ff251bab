package org.meshbridge.protocol.companion;

import java.util.Optional;

/**
 * App→radio command codes ({@code CMD_*} in {@code examples/companion_radio/MyMesh.cpp}, v1.17.1).
 * Codes 44-49 and 53 are unassigned (44-49 reserved for WiFi); such frames decode to {@link UnknownCommand}.
 */
public enum CommandCode {
    /** {@code CMD_APP_START} = 1. */
    APP_START(1),
    /** {@code CMD_SEND_TXT_MSG} = 2. */
    SEND_TXT_MSG(2),
    /** {@code CMD_SEND_CHANNEL_TXT_MSG} = 3. */
    SEND_CHANNEL_TXT_MSG(3),
    /** {@code CMD_GET_CONTACTS} = 4. */
    GET_CONTACTS(4),
    /** {@code CMD_GET_DEVICE_TIME} = 5. */
    GET_DEVICE_TIME(5),
    /** {@code CMD_SET_DEVICE_TIME} = 6. */
    SET_DEVICE_TIME(6),
    /** {@code CMD_SEND_SELF_ADVERT} = 7. */
    SEND_SELF_ADVERT(7),
    /** {@code CMD_SET_ADVERT_NAME} = 8. */
    SET_ADVERT_NAME(8),
    /** {@code CMD_ADD_UPDATE_CONTACT} = 9. */
    ADD_UPDATE_CONTACT(9),
    /** {@code CMD_SYNC_NEXT_MESSAGE} = 10. */
    SYNC_NEXT_MESSAGE(10),
    /** {@code CMD_SET_RADIO_PARAMS} = 11. */
    SET_RADIO_PARAMS(11),
    /** {@code CMD_SET_RADIO_TX_POWER} = 12. */
    SET_RADIO_TX_POWER(12),
    /** {@code CMD_RESET_PATH} = 13. */
    RESET_PATH(13),
    /** {@code CMD_SET_ADVERT_LATLON} = 14. */
    SET_ADVERT_LATLON(14),
    /** {@code CMD_REMOVE_CONTACT} = 15. */
    REMOVE_CONTACT(15),
    /** {@code CMD_SHARE_CONTACT} = 16. */
    SHARE_CONTACT(16),
    /** {@code CMD_EXPORT_CONTACT} = 17. */
    EXPORT_CONTACT(17),
    /** {@code CMD_IMPORT_CONTACT} = 18. */
    IMPORT_CONTACT(18),
    /** {@code CMD_REBOOT} = 19. */
    REBOOT(19),
    /** {@code CMD_GET_BATT_AND_STORAGE} = 20: was CMD_GET_BATTERY_VOLTAGE */
    GET_BATT_AND_STORAGE(20),
    /** {@code CMD_SET_TUNING_PARAMS} = 21. */
    SET_TUNING_PARAMS(21),
    /** {@code CMD_DEVICE_QUERY} = 22. */
    DEVICE_QUERY(22),
    /** {@code CMD_EXPORT_PRIVATE_KEY} = 23. */
    EXPORT_PRIVATE_KEY(23),
    /** {@code CMD_IMPORT_PRIVATE_KEY} = 24. */
    IMPORT_PRIVATE_KEY(24),
    /** {@code CMD_SEND_RAW_DATA} = 25. */
    SEND_RAW_DATA(25),
    /** {@code CMD_SEND_LOGIN} = 26. */
    SEND_LOGIN(26),
    /** {@code CMD_SEND_STATUS_REQ} = 27. */
    SEND_STATUS_REQ(27),
    /** {@code CMD_HAS_CONNECTION} = 28. */
    HAS_CONNECTION(28),
    /** {@code CMD_LOGOUT} = 29: 'Disconnect' */
    LOGOUT(29),
    /** {@code CMD_GET_CONTACT_BY_KEY} = 30. */
    GET_CONTACT_BY_KEY(30),
    /** {@code CMD_GET_CHANNEL} = 31. */
    GET_CHANNEL(31),
    /** {@code CMD_SET_CHANNEL} = 32. */
    SET_CHANNEL(32),
    /** {@code CMD_SIGN_START} = 33. */
    SIGN_START(33),
    /** {@code CMD_SIGN_DATA} = 34. */
    SIGN_DATA(34),
    /** {@code CMD_SIGN_FINISH} = 35. */
    SIGN_FINISH(35),
    /** {@code CMD_SEND_TRACE_PATH} = 36. */
    SEND_TRACE_PATH(36),
    /** {@code CMD_SET_DEVICE_PIN} = 37. */
    SET_DEVICE_PIN(37),
    /** {@code CMD_SET_OTHER_PARAMS} = 38. */
    SET_OTHER_PARAMS(38),
    /** {@code CMD_SEND_TELEMETRY_REQ} = 39. */
    SEND_TELEMETRY_REQ(39),
    /** {@code CMD_GET_CUSTOM_VARS} = 40. */
    GET_CUSTOM_VARS(40),
    /** {@code CMD_SET_CUSTOM_VAR} = 41. */
    SET_CUSTOM_VAR(41),
    /** {@code CMD_GET_ADVERT_PATH} = 42. */
    GET_ADVERT_PATH(42),
    /** {@code CMD_GET_TUNING_PARAMS} = 43. */
    GET_TUNING_PARAMS(43),
    /** {@code CMD_SEND_BINARY_REQ} = 50. */
    SEND_BINARY_REQ(50),
    /** {@code CMD_FACTORY_RESET} = 51. */
    FACTORY_RESET(51),
    /** {@code CMD_SEND_PATH_DISCOVERY_REQ} = 52. */
    SEND_PATH_DISCOVERY_REQ(52),
    /** {@code CMD_SET_FLOOD_SCOPE_KEY} = 54: v8+ */
    SET_FLOOD_SCOPE_KEY(54),
    /** {@code CMD_SEND_CONTROL_DATA} = 55: v8+ */
    SEND_CONTROL_DATA(55),
    /** {@code CMD_GET_STATS} = 56: v8+, second byte is the stats type */
    GET_STATS(56),
    /** {@code CMD_SEND_ANON_REQ} = 57. */
    SEND_ANON_REQ(57),
    /** {@code CMD_SET_AUTOADD_CONFIG} = 58. */
    SET_AUTOADD_CONFIG(58),
    /** {@code CMD_GET_AUTOADD_CONFIG} = 59. */
    GET_AUTOADD_CONFIG(59),
    /** {@code CMD_GET_ALLOWED_REPEAT_FREQ} = 60. */
    GET_ALLOWED_REPEAT_FREQ(60),
    /** {@code CMD_SET_PATH_HASH_MODE} = 61. */
    SET_PATH_HASH_MODE(61),
    /** {@code CMD_SEND_CHANNEL_DATA} = 62. */
    SEND_CHANNEL_DATA(62),
    /** {@code CMD_SET_DEFAULT_FLOOD_SCOPE} = 63. */
    SET_DEFAULT_FLOOD_SCOPE(63),
    /** {@code CMD_GET_DEFAULT_FLOOD_SCOPE} = 64. */
    GET_DEFAULT_FLOOD_SCOPE(64),
    /** {@code CMD_SEND_RAW_PACKET} = 65: v1.16+ (FIRMWARE_VER_CODE 13) */
    SEND_RAW_PACKET(65);

    private static final CommandCode[] BY_CODE = new CommandCode[256];

    static {
        for (CommandCode v : values()) {
            if (BY_CODE[v.code] != null) {
                throw new ExceptionInInitializerError("duplicate CommandCode code " + v.code);
            }
            BY_CODE[v.code] = v;
        }
    }

    private final int code;

    CommandCode(int code) {
        this.code = code;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}, or empty when the firmware defines none. */
    public static Optional<CommandCode> fromCode(int code) {
        return code < 0 || code > 255 ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }
}
