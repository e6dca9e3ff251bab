package org.meshbridge.protocol.payload;

import org.meshbridge.protocol.packet.Packet;

/** Payload layouts and limits, named after the firmware (v1.17.1). */
final class PayloadConstants {

    private PayloadConstants() {
    }

    /** {@code PUB_KEY_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int PUB_KEY_SIZE = Packet.PUB_KEY_BYTES;
    /** {@code SIGNATURE_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int SIGNATURE_SIZE = Packet.SIGNATURE_BYTES;
    /** {@code MAX_ADVERT_DATA_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_ADVERT_DATA_SIZE = Packet.MAX_ADVERT_DATA_BYTES;
    /** {@code MAX_PACKET_PAYLOAD}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_PACKET_PAYLOAD = Packet.MAX_PAYLOAD_BYTES;
    /** {@code CIPHER_MAC_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int CIPHER_MAC_SIZE = Packet.MAC_BYTES;
    /** {@code CIPHER_BLOCK_SIZE}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int CIPHER_BLOCK_SIZE = Packet.CIPHER_BLOCK_BYTES;

    /** Peer datagram minimum: {@code i + CIPHER_MAC_SIZE >= payload_len} is refused, {@code Mesh::onRecvPacket} v1.17.1. */
    static final int MIN_PEER_DATAGRAM = 2 + CIPHER_MAC_SIZE + 1;
    /** ANON_REQ minimum: dest hash, sender key, MAC and one byte, {@code Mesh::onRecvPacket} v1.17.1. */
    static final int MIN_ANON_REQ = 1 + PUB_KEY_SIZE + CIPHER_MAC_SIZE + 1;
    /** GRP_TXT/GRP_DATA minimum: channel hash, MAC and one byte, {@code Mesh::onRecvPacket} v1.17.1. */
    static final int MIN_GROUP_DATAGRAM = 1 + CIPHER_MAC_SIZE + 1;
    /** The 4-byte ACK CRC ({@code uint32_t ack_crc}), {@code Mesh::onRecvPacket} v1.17.1. */
    static final int ACK_HASH_SIZE = 4;
    /** ADVERT minimum: key, timestamp, signature, {@code Mesh::onRecvPacket} v1.17.1. */
    static final int MIN_ADVERT = PUB_KEY_SIZE + 4 + SIGNATURE_SIZE;
    /** TRACE fixed part: tag, auth code, flags, {@code Mesh::createTrace} v1.17.1. */
    static final int TRACE_HEADER = 9;
    /** TRACE flags bits giving the hop hash size code ({@code flags & 0x03}), {@code Mesh::onRecvPacket} v1.17.1. */
    static final int TRACE_HASH_SIZE_MASK = 0x03;
    /** MULTIPART minimum: {@code payload_len > 2}, {@code Mesh::onRecvPacket} v1.17.1. */
    static final int MIN_MULTIPART = 3;

    /** {@code ADV_LATLON_MASK}, firmware {@code helpers/AdvertDataHelpers.h} v1.17.1. */
    static final int ADV_LATLON_MASK = 0x10;
    /** {@code ADV_FEAT1_MASK}, firmware {@code helpers/AdvertDataHelpers.h} v1.17.1. */
    static final int ADV_FEAT1_MASK = 0x20;
    /** {@code ADV_FEAT2_MASK}, firmware {@code helpers/AdvertDataHelpers.h} v1.17.1. */
    static final int ADV_FEAT2_MASK = 0x40;
    /** {@code ADV_NAME_MASK}, firmware {@code helpers/AdvertDataHelpers.h} v1.17.1. */
    static final int ADV_NAME_MASK = 0x80;
    /** The node type in the low nibble ({@code AdvertDataParser::getType}), firmware {@code helpers/AdvertDataHelpers.h} v1.17.1. */
    static final int ADV_TYPE_MASK = 0x0F;

    /** {@code CTL_TYPE_NODE_DISCOVER_REQ}, firmware {@code examples/simple_repeater/MyMesh.cpp} v1.17.1. */
    static final int CTL_TYPE_NODE_DISCOVER_REQ = 0x80;
    /** {@code CTL_TYPE_NODE_DISCOVER_RESP}, firmware {@code examples/simple_repeater/MyMesh.cpp} v1.17.1. */
    static final int CTL_TYPE_NODE_DISCOVER_RESP = 0x90;
    /** Control sub-types with this bit are zero-hop only, {@code Mesh::onRecvPacket} v1.17.1. */
    static final int CTL_ZERO_HOP_BIT = 0x80;
    /** The control sub-type in the upper nibble of byte 0, {@code onControlDataRecv} v1.17.1. */
    static final int CTL_SUB_TYPE_MASK = 0xF0;
    /** DISCOVER_REQ fixed part: type byte, filter, tag, {@code onControlDataRecv} ({@code payload_len >= 6}) v1.17.1. */
    static final int DISCOVER_REQ_MIN = 6;
    /** DISCOVER_RESP key prefix when {@code prefix_only}, {@code onControlDataRecv} v1.17.1. */
    static final int DISCOVER_KEY_PREFIX = 8;

    /** {@code txt_type} sits above the attempt bits ({@code data[4] >> 2}), {@code BaseChatMesh::onPeerDataRecv} v1.17.1. */
    static final int TXT_TYPE_SHIFT = 2;
    /** The attempt bits of byte 4 ({@code attempt & 3}), {@code BaseChatMesh::composeMsgPacket} v1.17.1. */
    static final int TXT_ATTEMPT_MASK = 0x03;
    /** Author prefix of a SIGNED_PLAIN text, room {@code pushPostToClient} v1.17.1. */
    static final int AUTHOR_PREFIX_SIZE = 4;

    /** {@code MAX_GROUP_DATA_LENGTH}, firmware {@code src/MeshCore.h} v1.17.1. */
    static final int MAX_GROUP_DATA_LENGTH = MAX_PACKET_PAYLOAD - CIPHER_BLOCK_SIZE - 3;
    /** Passwords are cut to 15 bytes, {@code BaseChatMesh::sendLogin} v1.17.1. */
    static final int MAX_PASSWORD_LEN = 15;
    /** Repeater: byte 4 of a login is 0 or printable ({@code >= ' '}), {@code simple_repeater onAnonDataRecv} v1.17.1. */
    static final int FIRST_PASSWORD_CHAR = 0x20;
    /** {@code MAX_COMBINED_PATH}, firmware {@code src/Mesh.cpp} v1.17.1. */
    static final int MAX_COMBINED_PATH = MAX_PACKET_PAYLOAD - 2 - CIPHER_BLOCK_SIZE;
    /** No extra in a PATH return: type 0xFF plus 4 random bytes, {@code Mesh::createPathReturn} v1.17.1. */
    static final int PATH_NO_EXTRA_TYPE = 0xFF;
}
