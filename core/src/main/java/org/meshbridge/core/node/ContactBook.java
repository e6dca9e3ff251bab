package org.meshbridge.core.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.payload.AdvertAppData;
import org.meshbridge.protocol.payload.AdvertPayload;

/**
 * The nodes heard advertising (firmware {@code BaseChatMesh::onAdvertRecv}). Only verified
 * adverts reach it. An advert whose timestamp is not newer than the last one kept for that key is
 * a replay and ignored; adverts without a name are ignored, as chat nodes do.
 *
 * <p>Bounded by {@code capacity}. Eviction: when a new node is heard and the book is full, the
 * contact heard least recently is dropped (the firmware overwrites the oldest non-favourite by its
 * last-modified time; the node keeps no favourites). Confined to the scheduler thread.
 */
public final class ContactBook {

    private final int capacity;
    private final LinkedHashMap<Bytes, Contact> contacts = new LinkedHashMap<>();

    ContactBook(int capacity) {
        this.capacity = capacity;
    }

    /** Applies a verified advert; see {@link #apply(AdvertPayload, Identity, Arrival)}. */
    Optional<Contact> apply(AdvertPayload advert, Arrival arrival) {
        Contact known = contacts.get(advert.publicKey());
        return apply(advert, known != null ? known.identity() : Identity.of(advert.publicKey()), arrival);
    }

    /**
     * Applies a verified advert of {@code signer} (its key is the advert's; a known contact's
     * {@link Identity} is kept, with its decoded key point).
     *
     * @return the new or updated contact; empty for a stale or replayed timestamp or no name
     */
    Optional<Contact> apply(AdvertPayload advert, Identity signer, Arrival arrival) {
        Optional<AdvertAppData> fields = advert.appDataFields();
        Optional<String> name = fields.flatMap(AdvertAppData::name);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Contact known = contacts.get(advert.publicKey());
        if (known != null && advert.timestamp() <= known.advertTimestamp()) {
            return Optional.empty();
        }
        Contact contact = new Contact(known != null ? known.identity() : signer, name.get(), fields.get().nodeTypeCode(),
                fields.get().location(), advert.timestamp(), arrival.receivedAt(), arrival.signal(),
                arrival.route().isFlood() ? arrival.hopCount() : 0, arrival.path(), arrival.linkId());
        contacts.remove(advert.publicKey());
        if (contacts.size() >= capacity) {
            contacts.remove(contacts.keySet().iterator().next());
        }
        contacts.put(advert.publicKey(), contact);
        return Optional.of(contact);
    }

    /** The contact with this public key, or null: for the receive path, without an {@link Identity} or Optional. */
    Contact byKey(Bytes publicKey) {
        return contacts.get(publicKey);
    }

    public Optional<Contact> get(Identity identity) {
        return Optional.ofNullable(contacts.get(identity.publicKey()));
    }

    /** Contacts whose key starts with byte {@code hash}, most recently heard last. */
    public List<Identity> withHash(int hash) {
        List<Identity> found = new ArrayList<>();
        for (Contact c : contacts.values()) {
            if (c.identity().hash() == hash) {
                found.add(c.identity());
            }
        }
        return found;
    }

    /** Every contact, least recently heard first. */
    public List<Contact> all() {
        return List.copyOf(contacts.values());
    }

    public int size() {
        return contacts.size();
    }

    public int capacity() {
        return capacity;
    }
}
