package org.meshbridge.core.radio.sim;

import java.time.Duration;

/** Firmware constants the simulated peers follow (MeshCore v1.17.1). */
final class SimConstants {

    private SimConstants() {
    }

    /** {@code TXT_ACK_DELAY}, firmware {@code helpers/BaseChatMesh.cpp}: ACKs and PATH+ACK returns wait this long. */
    static final Duration TXT_ACK_DELAY = Duration.ofMillis(200);
    /** The reciprocal PATH delay in {@code Mesh::onRecvPacket} ({@code sendDirect(rpath, …, 500)}), firmware {@code src/Mesh.cpp}. */
    static final Duration RECIPROCAL_PATH_DELAY = Duration.ofMillis(500);
    /** The delay of {@code BaseChatMesh::handleReturnPathRetry}, firmware {@code helpers/BaseChatMesh.cpp}. */
    static final Duration RETURN_PATH_RETRY_DELAY = Duration.ofMillis(3000);
    /** {@code SEND_TIMEOUT_BASE_MILLIS}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long SEND_TIMEOUT_BASE_MILLIS = 500;
    /** {@code FLOOD_SEND_TIMEOUT_FACTOR}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long FLOOD_SEND_TIMEOUT_FACTOR = 16;
    /** {@code DIRECT_SEND_PERHOP_FACTOR}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long DIRECT_SEND_PERHOP_FACTOR = 6;
    /** {@code DIRECT_SEND_PERHOP_EXTRA_MILLIS}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long DIRECT_SEND_PERHOP_EXTRA_MILLIS = 250;
    /** {@code EXPECTED_ACK_TABLE_SIZE}, firmware {@code examples/companion_radio/MyMesh.h}. */
    static final int EXPECTED_ACK_TABLE_SIZE = 8;
    /** {@code MAX_SEARCH_RESULTS}, firmware {@code helpers/BaseChatMesh.h}: peers tried per src hash. */
    static final int MAX_SEARCH_RESULTS = 8;
    /** Channels tried per channel hash ({@code GroupChannel channels[4]}), firmware {@code src/Mesh.cpp}. */
    static final int MAX_CHANNEL_MATCHES = 4;
    /** {@code tx_delay_factor} default of repeaters and companions, firmware {@code simple_repeater/MyMesh.cpp}. */
    static final double TX_DELAY_FACTOR = 0.5;
    /** {@code direct_tx_delay_factor} default of a repeater, firmware {@code simple_repeater/MyMesh.cpp}. */
    static final double REPEATER_DIRECT_TX_DELAY_FACTOR = 0.3;
    /** The direct factor hard-coded in {@code companion_radio/MyMesh.cpp getDirectRetransmitDelay}. */
    static final double COMPANION_DIRECT_TX_DELAY_FACTOR = 0.2;
    /** {@code flood_max} and {@code flood_max_unscoped} defaults, firmware {@code simple_repeater/MyMesh.cpp}. */
    static final int FLOOD_MAX_HOPS = 64;
    /** {@code flood_max_advert} default, firmware {@code simple_repeater/MyMesh.cpp}. */
    static final int FLOOD_MAX_ADVERT_HOPS = 8;
    /** {@code advert_interval} = 1 (× 2 min) for a new install, firmware {@code simple_repeater/MyMesh.cpp}. */
    static final Duration REPEATER_LOCAL_ADVERT_INTERVAL = Duration.ofMinutes(2);
    /** {@code flood_advert_interval} = 47 h, firmware {@code simple_repeater/MyMesh.cpp}. */
    static final Duration REPEATER_FLOOD_ADVERT_INTERVAL = Duration.ofHours(47);
    /** {@code sendSelfAdvertisement(16000, false)} with {@code ENABLE_ADVERT_ON_BOOT}, firmware {@code simple_repeater/main.cpp}. */
    static final Duration BOOT_ADVERT_DELAY = Duration.ofSeconds(16);
    /** {@code RESP_SERVER_LOGIN_OK}, the status byte of a room login reply (spec §7.3). */
    static final int RESP_SERVER_LOGIN_OK = 0;
}
