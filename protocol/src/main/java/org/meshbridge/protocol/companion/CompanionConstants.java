package org.meshbridge.protocol.companion;

/** Limits and markers of the companion protocol, named after the firmware symbols (MeshCore v1.17.1). */
final class CompanionConstants {

    /** {@code MAX_FRAME_SIZE}, {@code src/helpers/BaseSerialInterface.h}: largest frame either way. */
    static final int MAX_FRAME_SIZE = 176;

    /** {@code '<'} in {@code ArduinoSerialInterface.cpp}/{@code SerialWifiInterface.cpp}: app→radio frame marker. */
    static final int MARKER_APP_TO_RADIO = 0x3C;

    /** {@code '>'} in {@code ArduinoSerialInterface::writeFrame}: radio→app frame marker. */
    static final int MARKER_RADIO_TO_APP = 0x3E;

    /** The 3-byte header (marker, len lo, len hi) of {@code SerialWifiInterface::checkRecvFrame}. */
    static final int HEADER_BYTES = 3;

    /** {@code OFFLINE_QUEUE_SIZE}, {@code examples/companion_radio/MyMesh.h}: queued received messages. */
    static final int OFFLINE_QUEUE_SIZE = 16;

    /** {@code MAX_SIGN_DATA_LEN}, {@code companion_radio/MyMesh.cpp}: bytes one CMD_SIGN_* session may sign. */
    static final int MAX_SIGN_DATA_LEN = 8 * 1024;

    /** {@code FIRMWARE_VER_CODE}, {@code companion_radio/MyMesh.h}: protocol level of firmware v1.16-v1.17. */
    static final int FIRMWARE_VER_CODE = 13;

    /** {@code app_target_ver >= 3} in {@code MyMesh::queueMessage}: from here on the _V3 message frames are used. */
    static final int V3_MESSAGES_MIN_APP_TARGET_VER = 3;

    /** {@code MAX_CHANNEL_DATA_LENGTH} = MAX_FRAME_SIZE - 9, {@code companion_radio/MyMesh.cpp}. */
    static final int MAX_CHANNEL_DATA_LENGTH = MAX_FRAME_SIZE - 9;

    /** {@code PUB_KEY_SIZE}, {@code src/MeshCore.h}. */
    static final int PUB_KEY_SIZE = 32;

    /** The 6-byte public-key prefix of message and login frames ({@code memcpy(..., pub_key, 6)} in MyMesh.cpp). */
    static final int PUB_KEY_PREFIX_SIZE = 6;

    /** {@code SIGNATURE_SIZE}, {@code src/MeshCore.h}. */
    static final int SIGNATURE_SIZE = 64;

    /** Private key bytes of {@code LocalIdentity::writeTo(..., 64)} (expanded Ed25519 key). */
    static final int PRIVATE_KEY_SIZE = 64;

    /** {@code MAX_PATH_SIZE}, {@code src/MeshCore.h}: bytes of a stored path (contact out_path). */
    static final int MAX_PATH_SIZE = 64;

    /** {@code OUT_PATH_UNKNOWN}, {@code src/helpers/ContactInfo.h}: no direct path (flood); also "received direct". */
    static final int OUT_PATH_UNKNOWN = 0xFF;

    /** Width of {@code ContactInfo::name} and of a channel name ({@code ChannelDetails::name}). */
    static final int NAME_SIZE = 32;

    /** Bytes of a contact record after the code byte ({@code MyMesh::writeContactRespFrame}). */
    static final int CONTACT_RECORD_SIZE = 147;

    /** Bytes of a CMD_ADD_UPDATE_CONTACT body up to last_advert_timestamp ({@code updateContactFromFrame}). */
    static final int CONTACT_RECORD_REQUIRED_SIZE = 135;

    /** Channel secret bytes sent by {@code CMD_GET_CHANNEL}/{@code CMD_SET_CHANNEL} ("only 128-bit supported"). */
    static final int CHANNEL_SECRET_SIZE = 16;

    /** The 256-bit secret variant of {@code CMD_SET_CHANNEL} ({@code len >= 2 + 32 + 32}) that the firmware refuses. */
    static final int CHANNEL_SECRET_LONG_SIZE = 32;

    /** {@code sizeof(_prefs.default_scope_name)} as used by {@code CMD_SET_DEFAULT_FLOOD_SCOPE}: 31 bytes. */
    static final int SCOPE_NAME_SIZE = 31;

    /** {@code sizeof(TransportKey::key)}: 16-byte flood scope key. */
    static final int SCOPE_KEY_SIZE = 16;

    /** {@code FIRMWARE_BUILD_DATE} field width in {@code RESP_CODE_DEVICE_INFO}. */
    static final int BUILD_DATE_SIZE = 12;

    /** Manufacturer/model field width in {@code RESP_CODE_DEVICE_INFO} ({@code strzcpy(..., 40)}). */
    static final int MANUFACTURER_SIZE = 40;

    /** {@code FIRMWARE_VERSION} field width in {@code RESP_CODE_DEVICE_INFO} ({@code strzcpy(..., 20)}). */
    static final int VERSION_SIZE = 20;

    /** {@code TXT_TYPE_SIGNED_PLAIN}, {@code src/helpers/TxtDataHelpers.h}: message carries a 4-byte author prefix. */
    static final int TXT_TYPE_SIGNED_PLAIN = 2;

    /** Author prefix bytes of a signed message ({@code queueMessage(..., sender_prefix, 4, ...)}). */
    static final int SIGNED_PREFIX_SIZE = 4;

    /** ACK / tag bytes in {@code RESP_CODE_SENT}, {@code PUSH_CODE_SEND_CONFIRMED}, {@code PUSH_CODE_BINARY_RESPONSE}. */
    static final int ACK_SIZE = 4;

    /** {@code 2 + 32 + 64}: CMD_IMPORT_CONTACT needs {@code len >} this (an advert packet of at least 98 bytes). */
    static final int IMPORT_CONTACT_MIN_FRAME = 2 + 32 + 64 + 1;

    /** {@code "reboot"}: the argument {@code CMD_REBOOT} must carry. */
    static final String REBOOT_MAGIC = "reboot";

    /** {@code "reset"}: the argument {@code CMD_FACTORY_RESET} must carry. */
    static final String FACTORY_RESET_MAGIC = "reset";

    /** {@code cmd_frame[1] & 0x80}: CMD_SEND_CONTROL_DATA payloads must have the high bit of byte 0 set. */
    static final int CONTROL_DATA_FLAG = 0x80;

    /** Path-hash size bits of an encoded path_len ({@code Packet::getPathHashSize}): top two bits + 1. */
    static final int PATH_HASH_SIZE_SHIFT = 6;

    /** Hop-count bits of an encoded path_len ({@code Packet::getPathHashCount}). */
    static final int PATH_HASH_COUNT_MASK = 63;

    /** TRACE flags bits giving the hash size as a shift ({@code flags & 0x03}, {@code MyMesh::onTraceRecv}). */
    static final int TRACE_PATH_SIZE_MASK = 0x03;

    private CompanionConstants() {
    }
}
