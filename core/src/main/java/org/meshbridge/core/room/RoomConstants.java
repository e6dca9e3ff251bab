package org.meshbridge.core.room;

import java.time.Duration;

/** Room server timings and limits (firmware v1.17.1, {@code examples/simple_room_server}). */
final class RoomConstants {

    private RoomConstants() {
    }

    /** {@code PUSH_NOTIFY_DELAY_MILLIS}: the push loop waits this long after a new post or a login. */
    static final Duration PUSH_NOTIFY_DELAY = Duration.ofMillis(2000);
    /** {@code SYNC_PUSH_INTERVAL}: the next loop after a push. */
    static final Duration SYNC_PUSH_INTERVAL = Duration.ofMillis(1200);
    /** {@code SYNC_PUSH_INTERVAL / 8}: the next loop when the client checked had nothing to push. */
    static final Duration IDLE_PUSH_INTERVAL = Duration.ofMillis(150);
    /** {@code PUSH_ACK_TIMEOUT_FLOOD}: a flooded push's ACK timeout. */
    static final Duration PUSH_ACK_TIMEOUT_FLOOD = Duration.ofMillis(12000);
    /** {@code PUSH_TIMEOUT_BASE}: a direct push's ACK timeout, plus the per-hop factor. */
    static final Duration PUSH_TIMEOUT_BASE = Duration.ofMillis(4000);
    /** {@code PUSH_ACK_TIMEOUT_FACTOR}: per hop (+1) of a direct push's ACK timeout. */
    static final Duration PUSH_ACK_TIMEOUT_FACTOR = Duration.ofMillis(2000);
    /** {@code POST_SYNC_DELAY_SECS}: a post is pushed once it is this old. */
    static final long POST_SYNC_DELAY_SECONDS = 6;
    /** The push failures after which a client is skipped until it is heard again ({@code push_failures < 3}). */
    static final int MAX_PUSH_FAILURES = 3;
    /** {@code TXT_ACK_DELAY}: delay before a post's ACK goes out. */
    static final Duration TXT_ACK_DELAY = Duration.ofMillis(200);
    /** {@code SERVER_RESPONSE_DELAY}: delay before a CLI reply or keep-alive ACK goes out. */
    static final Duration SERVER_RESPONSE_DELAY = Duration.ofMillis(300);
    /** {@code sendSelfAdvertisement(1500, ...)} in {@code CommonCLI}: the CLI's advert waits for the reply. */
    static final Duration CLI_ADVERT_DELAY = Duration.ofMillis(1500);
    /** {@code MAX_POST_TEXT_LEN} (160 − 9): the text bytes of one push. */
    static final int MAX_PUSH_TEXT_BYTES = 151;
    /** {@code MAX_CLIENTS} in {@code ClientACL.h}: the firmware's ACL size. */
    static final int FIRMWARE_MAX_CLIENTS = 20;
    /** {@code FIRMWARE_VER_LEVEL} of the room server, byte 12 of the login reply. */
    static final int FIRMWARE_VER_LEVEL = 1;
    /** {@code RESP_SERVER_LOGIN_OK}. */
    static final int RESP_SERVER_LOGIN_OK = 0;
    /** The login reply's byte 6 for an admin ({@code client->isAdmin() ? 1 : ...}). */
    static final int LOGIN_FLAG_ADMIN = 1;
    /** The login reply's byte 6 when the permissions are 0 (a read-only guest). */
    static final int LOGIN_FLAG_GUEST = 2;
    /** The login reply's length ({@code createPathReturn(..., reply_data, 13)}). */
    static final int LOGIN_REPLY_BYTES = 13;
    /** {@code sizeof(_prefs.password) - 1}: passwords are cut to 15 bytes. */
    static final int MAX_PASSWORD_BYTES = 15;
    /** {@code FIRMWARE_ROLE}, the answer to {@code get role}. */
    static final String FIRMWARE_ROLE = "room_server";
    /** {@code TELEM_CHANNEL_SELF} in {@code SensorManager.h}: the LPP channel of the node's own readings. */
    static final int TELEM_CHANNEL_SELF = 1;
    /** {@code LPP_VOLTAGE} in {@code LPPDataHelpers.h}: 2 bytes, 0.01 V, big-endian. */
    static final int LPP_VOLTAGE = 116;
    /** {@code reply_data} is {@code MAX_PACKET_PAYLOAD} bytes; the ACL reply stops at {@code ofs + 7 <= 184 - 4}. */
    static final int ACCESS_LIST_MAX_BYTES = 184 - 4;
    /** Bytes of each key prefix in a GET_ACCESS_LIST reply. */
    static final int ACCESS_LIST_KEY_PREFIX = 6;
    /** Bytes of a post author's key prefix in a push. */
    static final int AUTHOR_PREFIX_BYTES = 4;
    /** The most posts read from the store in one go. */
    static final int STORE_PAGE = 100;
    /** The unsynced count in a keep-alive ACK is one byte. */
    static final int MAX_UNSYNCED_COUNT = 255;
}
