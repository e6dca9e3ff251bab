package org.meshbridge.protocol.companion;

import java.util.Optional;

/**
 * Radio→app response codes ({@code RESP_CODE_*} in {@code examples/companion_radio/MyMesh.cpp}, v1.17.1):
 * synchronous replies to a command, all below 0x80.
 */
public enum ResponseCode {
    /** {@code RESP_CODE_OK} = 0. */
    OK(0),
    /** {@code RESP_CODE_ERR} = 1. */
    ERR(1),
    /** {@code RESP_CODE_CONTACTS_START} = 2. */
    CONTACTS_START(2),
    /** {@code RESP_CODE_CONTACT} = 3. */
    CONTACT(3),
    /** {@code RESP_CODE_END_OF_CONTACTS} = 4. */
    END_OF_CONTACTS(4),
    /** {@code RESP_CODE_SELF_INFO} = 5. */
    SELF_INFO(5),
    /** {@code RESP_CODE_SENT} = 6. */
    SENT(6),
    /** {@code RESP_CODE_CONTACT_MSG_RECV} = 7: reply to CMD_SYNC_NEXT_MESSAGE when app_target_ver < 3 */
    CONTACT_MSG_RECV(7),
    /** {@code RESP_CODE_CHANNEL_MSG_RECV} = 8: reply to CMD_SYNC_NEXT_MESSAGE when app_target_ver < 3 */
    CHANNEL_MSG_RECV(8),
    /** {@code RESP_CODE_CURR_TIME} = 9. */
    CURR_TIME(9),
    /** {@code RESP_CODE_NO_MORE_MESSAGES} = 10. */
    NO_MORE_MESSAGES(10),
    /** {@code RESP_CODE_EXPORT_CONTACT} = 11. */
    EXPORT_CONTACT(11),
    /** {@code RESP_CODE_BATT_AND_STORAGE} = 12. */
    BATT_AND_STORAGE(12),
    /** {@code RESP_CODE_DEVICE_INFO} = 13. */
    DEVICE_INFO(13),
    /** {@code RESP_CODE_PRIVATE_KEY} = 14. */
    PRIVATE_KEY(14),
    /** {@code RESP_CODE_DISABLED} = 15. */
    DISABLED(15),
    /** {@code RESP_CODE_CONTACT_MSG_RECV_V3} = 16: reply to CMD_SYNC_NEXT_MESSAGE when app_target_ver >= 3 */
    CONTACT_MSG_RECV_V3(16),
    /** {@code RESP_CODE_CHANNEL_MSG_RECV_V3} = 17: reply to CMD_SYNC_NEXT_MESSAGE when app_target_ver >= 3 */
    CHANNEL_MSG_RECV_V3(17),
    /** {@code RESP_CODE_CHANNEL_INFO} = 18. */
    CHANNEL_INFO(18),
    /** {@code RESP_CODE_SIGN_START} = 19. */
    SIGN_START(19),
    /** {@code RESP_CODE_SIGNATURE} = 20. */
    SIGNATURE(20),
    /** {@code RESP_CODE_CUSTOM_VARS} = 21. */
    CUSTOM_VARS(21),
    /** {@code RESP_CODE_ADVERT_PATH} = 22. */
    ADVERT_PATH(22),
    /** {@code RESP_CODE_TUNING_PARAMS} = 23. */
    TUNING_PARAMS(23),
    /** {@code RESP_CODE_STATS} = 24. */
    STATS(24),
    /** {@code RESP_CODE_AUTOADD_CONFIG} = 25. */
    AUTOADD_CONFIG(25),
    /** {@code RESP_ALLOWED_REPEAT_FREQ} = 26: the firmware spells it without _CODE_ */
    ALLOWED_REPEAT_FREQ(26),
    /** {@code RESP_CODE_CHANNEL_DATA_RECV} = 27. */
    CHANNEL_DATA_RECV(27),
    /** {@code RESP_CODE_DEFAULT_FLOOD_SCOPE} = 28. */
    DEFAULT_FLOOD_SCOPE(28);

    private static final ResponseCode[] BY_CODE = new ResponseCode[256];

    static {
        for (ResponseCode v : values()) {
            if (BY_CODE[v.code] != null) {
                throw new ExceptionInInitializerError("duplicate ResponseCode code " + v.code);
            }
            BY_CODE[v.code] = v;
        }
    }

    private final int code;

    ResponseCode(int code) {
        this.code = code;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}, or empty when the firmware defines none. */
    public static Optional<ResponseCode> fromCode(int code) {
        return code < 0 || code > 255 ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }
}
