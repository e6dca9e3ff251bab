package org.meshbridge.core.node;

import java.util.function.Consumer;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * Received adverts (firmware {@code Mesh::onRecvPacket} ADVERT case and
 * {@code BaseChatMesh::onAdvertRecv}): adverts of our own keys are ignored before the seen check,
 * signatures are verified only for packets not seen before (the caller dedupes first), and the
 * contact book drops stale timestamps. Confined to the scheduler thread.
 */
final class AdvertIntake {

    private final LocalIdentity self;
    private final EndpointRegistry endpoints;
    private final ContactBook contacts;
    private final Consumer<Contact> events;
    private final NodeCounters counters;
    private final LastHeard lastHeard;

    AdvertIntake(LocalIdentity self, EndpointRegistry endpoints, ContactBook contacts, NodeCounters counters,
                 LastHeard lastHeard, Consumer<Contact> events) {
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
     * Verifies the signature and updates the contact book.
     *
     * @return false for a forged advert (not to be forwarded); a valid but stale advert is true
     */
    boolean accept(AdvertPayload advert, Arrival arrival) {
        counters.signatureChecks++;
        if (!advert.verifySignature()) {
            return false;
        }
        lastHeard.heard(Identity.of(advert.publicKey()), arrival.linkId());
        contacts.apply(advert, arrival).ifPresent(contact -> {
            events.accept(contact);
            endpoints.all().forEach(e -> e.onAdvert(contact));
        });
        return true;
    }
}
