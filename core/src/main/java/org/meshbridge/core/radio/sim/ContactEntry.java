package org.meshbridge.core.radio.sim;

import java.util.Optional;
import org.meshbridge.protocol.crypto.Identity;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.payload.PeerLink;

/** A companion's mutable contact record ({@code ContactInfo}), with its cached ECDH secret. */
final class ContactEntry {

    final Identity identity;
    final PeerLink link;
    String name;
    int typeCode;
    Optional<Path> outPath = Optional.empty();
    long lastAdvertTimestamp;
    long syncSince;

    ContactEntry(LocalIdentity self, Identity identity, String name, int typeCode, long lastAdvertTimestamp) {
        this.identity = identity;
        this.link = PeerLink.between(self, identity);
        this.name = name;
        this.typeCode = typeCode;
        this.lastAdvertTimestamp = lastAdvertTimestamp;
    }

    int hash() {
        return identity.hash();
    }

    SimContact snapshot() {
        return new SimContact(name, identity, typeCode, outPath, lastAdvertTimestamp, syncSince);
    }
}
