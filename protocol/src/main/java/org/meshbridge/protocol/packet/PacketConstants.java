package org.meshbridge.protocol.packet;

/** Header bit fields and size limits of the on-air packet, named after the firmware (v1.17.1). */
final class PacketConstants {

    private PacketConstants() {
    }

    /** {@code PH_ROUTE_MASK}, firmware {@code src/Packet.h} v1.17.1. */
    static final int ROUTE_MASK = 0x03;
    /** {@code PH_TYPE_SHIFT}, firmware {@code src/Packet.h} v1.17.1. */
    static final int TYPE_SHIFT = 2;
    /** {@code PH_TYPE_MASK}, firmware {@code src/Packet.h} v1.17.1. */
    static final int TYPE_MASK = 0x0F;
    /** {@code PH_VER_SHIFT}, firmware {@code src/Packet.h} v1.17.1. */
    static final int VER_SHIFT = 6;
    /** {@code PH_VER_MASK}, firmware {@code src/Packet.h} v1.17.1. */
    static final int VER_MASK = 0x03;
    /** {@code PAYLOAD_VER_1}, the only version the Dispatcher accepts, firmware {@code src/Packet.h} v1.17.1. */
    static final int PAYLOAD_VER_1 = 0x00;

    /** The hop-count bits of {@code path_len} ({@code Packet::getPathHashCount}, {@code & 63}), firmware {@code src/Packet.h} v1.17.1. */
    static final int PATH_COUNT_MASK = 0x3F;
    /** The hash-size bits of {@code path_len} ({@code path_len >> 6}), firmware {@code src/Packet.h} v1.17.1. */
    static final int PATH_MODE_SHIFT = 6;
    /** Path mode 3 ({@code hash_size == 4}) is reserved, firmware {@code Packet::isValidPathLen} v1.17.1. */
    static final int PATH_MODE_RESERVED = 3;
    /** The largest path hash: {@code (path_len >> 6) + 1} with modes 0..2, firmware {@code src/Packet.h} v1.17.1. */
    static final int MAX_PATH_HASH_SIZE = 3;

    /** {@code MAX_PACKET_PAYLOAD}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_PACKET_PAYLOAD = 184;
    /** {@code MAX_PATH_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_PATH_SIZE = 64;
    /** {@code MAX_TRANS_UNIT}, the largest LoRa frame, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_TRANS_UNIT = 255;
    /** {@code MAX_HASH_SIZE}, the packet-hash length, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_HASH_SIZE = 8;
    /** {@code PUB_KEY_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int PUB_KEY_SIZE = 32;
    /** {@code SIGNATURE_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int SIGNATURE_SIZE = 64;
    /** {@code MAX_ADVERT_DATA_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_ADVERT_DATA_SIZE = 32;
    /** {@code PATH_HASH_SIZE}, the v1 src/dest hash inside payloads, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int PATH_HASH_SIZE = 1;
    /** {@code CIPHER_MAC_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int CIPHER_MAC_SIZE = 2;
    /** {@code CIPHER_BLOCK_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int CIPHER_BLOCK_SIZE = 16;
    /** The two {@code uint16} transport codes ({@code Packet::transport_codes}), firmware {@code src/Packet.h} v1.17.1. */
    static final int TRANSPORT_CODES_SIZE = 4;
}
