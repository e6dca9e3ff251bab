package org.meshbridge.core.node;

import org.meshbridge.core.radio.LinkState;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;

/**
 * What the node tells subscribers (rooms, web, MQTT, monitoring). Called on the node's scheduler
 * thread; implementations must return quickly and must not block. Every method defaults to
 * doing nothing.
 */
public interface NodeListener {

    /** A decoded packet heard on a link, duplicates included. */
    default void onPacketReceived(ReceivedPacket packet) {
    }

    /** A packet handed to a link ended: sent, or dropped with a reason. */
    default void onPacketTransmitted(TransmittedPacket packet) {
    }

    /**
     * A local endpoint opened a datagram (TXT_MSG, REQ, RESPONSE, PATH or ANON_REQ) from
     * {@code sender}: its MAC proves the sender holds that key. Called once per fresh packet, before
     * the endpoint handles it.
     */
    default void onSenderVerified(Identity sender, Arrival arrival) {
    }

    /** A verified, fresh advert added or updated a contact. */
    default void onNodeHeard(Contact contact) {
    }

    /**
     * A text message sent by {@code sender} was acknowledged or given up on; a message given up on
     * may later be reported once more as {@link Delivery.DeliveredLate}.
     */
    default void onDelivery(LocalIdentity sender, Delivery delivery) {
    }

    /** An attached link reported a new state. */
    default void onLinkStateChanged(String linkId, LinkState state) {
    }
}
