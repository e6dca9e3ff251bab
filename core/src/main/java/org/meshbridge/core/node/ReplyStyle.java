package org.meshbridge.core.node;

/** How the node answers datagrams on an endpoint's behalf: like a chat node, or like a server. */
public enum ReplyStyle {
    /**
     * {@code BaseChatMesh}: a flood-received text is ACKed with a PATH return carrying the 6-byte
     * ACK ({@code hash, attempt byte, random}); a direct one with a direct ACK (or a flood ACK when
     * no path is known); PATHs received by flood get a reciprocal PATH sent directly.
     */
    COMPANION,
    /**
     * Room server and repeater {@code MyMesh}: texts are ACKed with a plain 4-byte ACK, direct along
     * the stored path or flooded; no reciprocal PATHs. Requests and logins are still answered with
     * a PATH return when they came by flood.
     */
    SERVER
}
