package org.meshbridge.protocol.payload;

import static org.meshbridge.protocol.payload.PayloadConstants.CIPHER_BLOCK_SIZE;
import static org.meshbridge.protocol.payload.PayloadConstants.CIPHER_MAC_SIZE;
import static org.meshbridge.protocol.payload.PayloadConstants.MAX_PACKET_PAYLOAD;
import static org.meshbridge.protocol.payload.PayloadConstants.PUB_KEY_SIZE;

/**
 * How much plaintext each encrypted payload carries. Two limits per kind:
 * <ul>
 *   <li>{@code SEND}: what the firmware's {@code create*} functions allow before encrypting
 *       ({@code data_len + overhead + CIPHER_BLOCK_SIZE - 1 <= MAX_PACKET_PAYLOAD}); a sender
 *       should stay within it.</li>
 *   <li>{@code DECRYPTED}: the largest block-aligned ciphertext that fits in a packet, so the
 *       largest decrypted buffer (with zero padding) a receiver can see. The content records
 *       accept up to this.</li>
 * </ul>
 */
public final class PlaintextLimits {

    private PlaintextLimits() {
    }

    /** REQ, RESPONSE, TXT_MSG: {@code Mesh::createDatagram}. */
    public static final int PEER_SEND_BYTES = MAX_PACKET_PAYLOAD - CIPHER_MAC_SIZE - (CIPHER_BLOCK_SIZE - 1);
    /** ANON_REQ: {@code Mesh::createAnonDatagram}. */
    public static final int ANON_SEND_BYTES = MAX_PACKET_PAYLOAD - 1 - PUB_KEY_SIZE - (CIPHER_BLOCK_SIZE - 1);
    /** GRP_TXT, GRP_DATA: {@code Mesh::createGroupDatagram}. */
    public static final int GROUP_SEND_BYTES = MAX_PACKET_PAYLOAD - 1 - (CIPHER_BLOCK_SIZE - 1);
    /** PATH: path bytes + extra + 5 must not exceed {@code MAX_COMBINED_PATH} (166), {@code Mesh::createPathReturn}. */
    public static final int PATH_SEND_BYTES = PayloadConstants.MAX_COMBINED_PATH - 5 + 2;

    /** Decrypted peer datagram (REQ, RESPONSE, TXT_MSG, PATH): 184 − 2 hashes − MAC, block-aligned. */
    public static final int PEER_DECRYPTED_BYTES = blockFloor(MAX_PACKET_PAYLOAD - 2 - CIPHER_MAC_SIZE);
    /** Decrypted ANON_REQ: 184 − dest hash − key − MAC, block-aligned. */
    public static final int ANON_DECRYPTED_BYTES = blockFloor(MAX_PACKET_PAYLOAD - 1 - PUB_KEY_SIZE - CIPHER_MAC_SIZE);
    /** Decrypted GRP_TXT/GRP_DATA: 184 − channel hash − MAC, block-aligned. */
    public static final int GROUP_DECRYPTED_BYTES = blockFloor(MAX_PACKET_PAYLOAD - 1 - CIPHER_MAC_SIZE);

    /** {@code MAX_TEXT_LEN}, firmware {@code helpers/BaseChatMesh.h}: longest direct or group text. */
    public static final int MAX_TEXT_BYTES = 10 * CIPHER_BLOCK_SIZE;
    /** {@code MAX_GROUP_DATA_LENGTH}, firmware {@code src/MeshCore.h}: longest GRP_DATA data. */
    public static final int MAX_GROUP_DATA_BYTES = PayloadConstants.MAX_GROUP_DATA_LENGTH;
    /** Longest login password, {@code BaseChatMesh::sendLogin}. */
    public static final int MAX_PASSWORD_BYTES = PayloadConstants.MAX_PASSWORD_LEN;

    private static int blockFloor(int n) {
        return n / CIPHER_BLOCK_SIZE * CIPHER_BLOCK_SIZE;
    }
}
