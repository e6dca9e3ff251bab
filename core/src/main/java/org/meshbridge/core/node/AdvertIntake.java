package org.meshbridge.core.node;

import java.util.function.Consumer;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * Received adverts (firmware {@code Mesh::onRecvPacket} ADVERT case and
 * {@code BaseChatMesh::onAdvertRecv}): adverts of our own keys are ignored before the seen check,
 * signatures are verified only for packets not seen before (the caller dedupes first) and, unless
 * the node forwards, only for adverts newer than the known contact's, and the contact book drops
 * stale timestamps. Confined to the scheduler thread.
 */
final class AdvertIntake {

    private final LocalIdentity self;
    private final EndpointRegistry endpoints;
    private final ContactBook contacts;
    private final Consumer<Contact> events;
    private final NodeCounters counters;
    private final LastHeard lastHeard;
    private final boolean verifyStale;

    AdvertIntake(LocalIdentity self, EndpointRegistry endpoints, ContactBook contacts, NodeCounters counters,
                 LastHeard lastHeard, Consumer<Contact> events, boolean verifyStale) {
        this.verifyStale = verifyStale;
        this.lastHeard = lastHeard;
        this.self = self;
        this.endpoints = endpoints;
        this.contacts = contacts;
        this.events = events;
        this.counters = counters;
    }

    /** True for an advert carrying the node's key or a local endpoint's ({@code self_id.matches}). */
    boolean isOwn(AdvertPayload advert) {
        return self.publicKey().equals(advert.publicKey()) || endpoints.isLocal(advert.publicKey());
    }

    /**
     * Verifies the signature and updates the contact book. A known contact's {@link Identity} (with
     * its decoded key point) is reused for the verification.
     *
     * <p>Unless {@code verifyStale}, an advert whose timestamp is not newer than its known contact's
     * is not verified (nothing would change, so nothing is verified or updated, not even the link
     * the peer was last heard on). A forwarding node verifies it, since the firmware verifies every
     * advert it repeats.
     *
     * @return false for a forged advert (not to be forwarded); a valid but stale advert, or a stale
     *     one not verified, is true
     */
    boolean accept(AdvertPayload advert, Arrival arrival) {
        Contact known = contacts.byKey(advert.publicKey());
        if (!verifyStale && known != null && advert.timestamp() <= known.advertTimestamp()) {
            return true;
        }
        Identity signer = known != null ? known.identity() : Identity.of(advert.publicKey());
        counters.signatureChecks++;
        if (!advert.verifySignature(signer)) {
            return false;
        }
        lastHeard.heard(signer, arrival.linkId());
        contacts.apply(advert, signer, arrival).ifPresent(contact -> {
            events.accept(contact);
            endpoints.all().forEach(e -> e.onAdvert(contact));
        });
        return true;
    }
}
