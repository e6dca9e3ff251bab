package org.meshbridge.core.radio.sim;

import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * The advert signing and checking the simulated peers do. Peer datagrams go through each contact's
 * {@link org.meshbridge.protocol.payload.PeerLink}, channel texts through
 * {@link org.meshbridge.protocol.payload.GroupTextPayload#seal}.
 */
final class SimCrypto {

    private SimCrypto() {
    }

    /** A signed advert ({@code Mesh::createAdvert}). */
    static AdvertPayload advert(LocalIdentity self, long timestamp, AdvertAppData appData) {
        return AdvertPayload.sign(self, timestamp, appData);
    }

    /** Whether the advert's signature verifies over its first 32 bytes of app data ({@code Mesh::onRecvPacket}). */
    static boolean verify(AdvertPayload advert) {
        return advert.verifySignature();
    }
}
