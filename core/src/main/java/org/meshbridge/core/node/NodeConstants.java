package org.meshbridge.core.node;

import java.time.Duration;

/** Firmware timings and limits the node engine follows (firmware v1.17.1). */
final class NodeConstants {

    private NodeConstants() {
    }

    /** {@code MAX_PACKET_HASHES} (128+32), firmware {@code helpers/SimpleMeshTables.h}: the firmware's seen-table size. */
    static final int FIRMWARE_MAX_PACKET_HASHES = 160;
    /** {@code MAX_PATH_SIZE}, firmware {@code src/MeshCore.h}. */
    static final int MAX_PATH_SIZE = 64;
    /** {@code TXT_ACK_DELAY}, firmware {@code helpers/BaseChatMesh.cpp}: delay before an ACK or PATH+ACK goes out. */
    static final Duration TXT_ACK_DELAY = Duration.ofMillis(200);
    /** {@code SERVER_RESPONSE_DELAY}, firmware {@code helpers/BaseChatMesh.cpp}: delay before a RESPONSE goes out. */
    static final Duration SERVER_RESPONSE_DELAY = Duration.ofMillis(300);
    /** The reciprocal PATH delay, firmware {@code Mesh::onRecvPacket} ({@code sendDirect(rpath, ..., 500)}). */
    static final Duration RECIPROCAL_PATH_DELAY = Duration.ofMillis(500);
    /** The repeated reciprocal PATH delay, firmware {@code BaseChatMesh::handleReturnPathRetry} ({@code sendDirect(..., 3000)}). */
    static final Duration RETURN_PATH_RETRY_DELAY = Duration.ofSeconds(3);
    /** The spacing of multi-ACKs, firmware {@code BaseChatMesh::sendAckTo} and {@code Mesh::routeDirectRecvAcks}. */
    static final Duration MULTI_ACK_SPACING = Duration.ofMillis(300);
    /** {@code SEND_TIMEOUT_BASE_MILLIS}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long SEND_TIMEOUT_BASE_MILLIS = 500;
    /** {@code FLOOD_SEND_TIMEOUT_FACTOR}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long FLOOD_SEND_TIMEOUT_FACTOR = 16;
    /** {@code DIRECT_SEND_PERHOP_FACTOR}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long DIRECT_SEND_PERHOP_FACTOR = 6;
    /** {@code DIRECT_SEND_PERHOP_EXTRA_MILLIS}, firmware {@code examples/companion_radio/MyMesh.cpp}. */
    static final long DIRECT_SEND_PERHOP_EXTRA_MILLIS = 250;
    /** The flood retransmit window is {@code [0, 5t]}, firmware repeater {@code getRetransmitDelay} ({@code nextInt(0, 5*t + 1)}). */
    static final int RETRANSMIT_DELAY_SPREAD = 5;
    /** Bit 7 of a CONTROL payload's first byte marks zero-hop-only sub-types, firmware {@code Mesh::onRecvPacket}. */
    static final int CONTROL_ZERO_HOP_BIT = 0x80;
    /** {@code PATH} extra type 0xFF with 4 random bytes when there is no extra, firmware {@code Mesh::createPathReturn}. */
    static final int PATH_RANDOM_BYTES = 4;
    /** The number of MULTIPART header bytes in front of an inner ACK. */
    static final int MULTIPART_HEADER_BYTES = 1;
}
