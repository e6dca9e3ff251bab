package org.meshbridge.server.radio;

/**
 * Firmware facts the radio links rely on, from MeshCore firmware v1.17.1 unless a line says
 * otherwise. Frame layouts live in {@code protocol.kiss} and {@code protocol.companion}.
 */
final class RadioLinkConstants {

    private RadioLinkConstants() {
    }

    /** {@code Serial.begin(115200)}, {@code examples/kiss_modem/main.cpp} and the companion {@code main.cpp}. */
    static final int SERIAL_BAUD = 115_200;

    /** {@code KISS_DEFAULT_TXDELAY} (50 × 10 ms), {@code examples/kiss_modem/KissModem.h}: key-up delay before each TX. */
    static final int KISS_TXDELAY_MS = 500;
    /** {@code KISS_TX_TIMEOUT_FACTOR} = 3/2, {@code KissModem.h}: numerator of the modem's own TX and clear-channel limits. */
    static final int KISS_TX_TIMEOUT_FACTOR_NUM = 3;
    /** {@code KISS_TX_TIMEOUT_FACTOR} = 3/2, {@code KissModem.h}: denominator. */
    static final int KISS_TX_TIMEOUT_FACTOR_DEN = 2;
    /** {@code KISS_MAX_PACKET_SIZE}, {@code KissModem.h}: the packet the clear-channel wait is sized for. */
    static final int KISS_MAX_PACKET_BYTES = 255;

    /** {@code FIRMWARE_VER_CODE} 13 = v1.16, the first with {@code CMD_SEND_RAW_PACKET}, {@code companion_radio/MyMesh.h}. */
    static final int RAW_MODE_MIN_FIRMWARE_VER_CODE = 13;
    /** {@code app_target_ver} we announce in {@code CMD_DEVICE_QUERY} (3 = the _V3 frames, as meshcore-cli). */
    static final int APP_TARGET_VER = 3;
    /** The app name in our {@code CMD_APP_START}. */
    static final String APP_NAME = "meshbridge";
    /**
     * Priority byte of {@code CMD_SEND_RAW_PACKET}: 0 is the most urgent ({@code StaticPoolPacketManager}
     * sends the lowest value first); our airtime scheduler has already chosen the order.
     */
    static final int RAW_PACKET_PRIORITY = 0;
    /** {@code MAX_FRAME_SIZE}, {@code src/helpers/BaseSerialInterface.h}: the largest companion frame. */
    static final int COMPANION_MAX_FRAME_BYTES = 176;
    /** Code and priority bytes in front of the packet in {@code CMD_SEND_RAW_PACKET}. */
    static final int SEND_RAW_PACKET_OVERHEAD_BYTES = 2;
    /** The longest packet {@code CMD_SEND_RAW_PACKET} can carry: 176 − 2. */
    static final int COMPANION_MAX_TX_PACKET_BYTES = COMPANION_MAX_FRAME_BYTES - SEND_RAW_PACKET_OVERHEAD_BYTES;
    /** {@code CMD_SEND_RAW_PACKET && len >= 4}, {@code MyMesh.cpp}: so at least 2 packet bytes. */
    static final int COMPANION_MIN_TX_PACKET_BYTES = 4 - SEND_RAW_PACKET_OVERHEAD_BYTES;

    /** Bytes a reader thread asks for at once. */
    static final int READ_BUFFER_BYTES = 1024;
}
