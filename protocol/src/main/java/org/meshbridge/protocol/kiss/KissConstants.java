package org.meshbridge.protocol.kiss;

/**
 * Framing bytes, command nibbles and limits of the MeshCore KISS modem, all from firmware v1.17.1
 * {@code examples/kiss_modem/KissModem.h} unless a line says otherwise.
 */
final class KissConstants {

    private KissConstants() {
    }

    /** {@code KISS_FEND}: frame delimiter. */
    static final int FEND = 0xC0;
    /** {@code KISS_FESC}: escape byte. */
    static final int FESC = 0xDB;
    /** {@code KISS_TFEND}: {@code FESC TFEND} stands for a data byte {@code C0}. */
    static final int TFEND = 0xDC;
    /** {@code KISS_TFESC}: {@code FESC TFESC} stands for a data byte {@code DB}. */
    static final int TFESC = 0xDD;

    /** {@code KISS_MAX_FRAME_SIZE}: the modem's receive buffer, type byte plus data, unescaped. */
    static final int MAX_FRAME_BYTES = 512;
    /** {@code KISS_MAX_PACKET_SIZE}: the largest Data payload, MeshCore {@code MAX_TRANS_UNIT}. */
    static final int MAX_PACKET_BYTES = 255;
    /** {@code KISS_TYPE_BYTES}: the type byte in front of every frame's data. */
    static final int TYPE_BYTES = 1;
    /** {@code KISS_HW_SUBCMD_BYTES}: the sub-command byte in front of SetHardware data. */
    static final int HW_SUBCMD_BYTES = 1;
    /** Data after a SetHardware sub-command that still fits {@code KISS_MAX_FRAME_SIZE}. */
    static final int MAX_HW_DATA_BYTES = MAX_FRAME_BYTES - TYPE_BYTES - HW_SUBCMD_BYTES;

    /** Type byte high nibble is the port ({@code processFrame}: {@code (type_byte >> 4) & 0x0F}). */
    static final int PORT_SHIFT = 4;
    /** Type byte low nibble is the command ({@code processFrame}: {@code type_byte & 0x0F}). */
    static final int COMMAND_MASK = 0x0F;

    /** {@code HW_RESP(cmd)}: a reply's sub-command is the request's with this bit set. */
    static final int HW_RESPONSE_FLAG = 0x80;
    /** {@code HW_RESP_OK}: generic success reply (SetRadio, SetTxPower, Reboot). */
    static final int HW_RESP_OK = 0xF0;
    /** {@code HW_RESP_ERROR}: generic failure reply, one {@code HW_ERR_*} byte follows. */
    static final int HW_RESP_ERROR = 0xF1;
    /** {@code HW_RESP_TX_DONE}: unsolicited, one byte 1 = sent, 0 = failed. */
    static final int HW_RESP_TX_DONE = 0xF8;
    /** {@code HW_RESP_RX_META}: unsolicited after each received Data frame: SNR x4 (i8), RSSI (i8). */
    static final int HW_RESP_RX_META = 0xF9;

    /** {@code KISS_DEFAULT_TXDELAY}: 50 x 10 ms. */
    static final int DEFAULT_TXDELAY = 50;
    /** {@code KISS_DEFAULT_PERSISTENCE}: p = 63/256. */
    static final int DEFAULT_PERSISTENCE = 63;
    /** {@code KISS_DEFAULT_SLOTTIME}: 10 x 10 ms. */
    static final int DEFAULT_SLOTTIME = 10;
    /** {@code KISS_FIRMWARE_VERSION}: the byte GetVersion reports in v1.17.1. */
    static final int FIRMWARE_VERSION = 1;

    /** GetRandom accepts 1..64 bytes ({@code handleGetRandom}, {@code KissModem.cpp}). */
    static final int MAX_RANDOM_BYTES = 64;
    /** {@code PUB_KEY_SIZE}, firmware {@code src/MeshCore.h}: Ed25519 public key, ECDH secret, cipher key. */
    static final int PUB_KEY_BYTES = 32;
    /** {@code SIGNATURE_SIZE}, firmware {@code src/MeshCore.h}: Ed25519 signature. */
    static final int SIGNATURE_BYTES = 64;
    /** {@code CIPHER_MAC_SIZE}, firmware {@code src/MeshCore.h}: truncated HMAC-SHA256. */
    static final int CIPHER_MAC_BYTES = 2;
    /** {@code CIPHER_BLOCK_SIZE}, firmware {@code src/MeshCore.h}: AES-128 block. */
    static final int CIPHER_BLOCK_BYTES = 16;
    /** SHA-256 output, {@code handleHash} ({@code uint8_t hash[32]}). */
    static final int SHA256_BYTES = 32;
    /** {@code CayenneLPP telemetry(255)} in {@code handleGetSensors}: the Sensors reply's cap. */
    static final int MAX_SENSOR_BYTES = 255;
}
