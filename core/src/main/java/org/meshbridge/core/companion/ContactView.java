package org.meshbridge.core.companion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.core.node.Contact;
import org.meshbridge.core.room.Room;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.payload.NodeType;

/**
 * The contacts a companion shows: rooms hosted here, the other accounts' companions here, then the
 * nodes heard on RF (least recently heard first). Hosted entries carry the time the registry started
 * as their modification time, RF entries the time they were last heard, so {@code since} paging
 * returns what changed.
 */
final class ContactView {

    private final VirtualCompanion self;

    ContactView(VirtualCompanion self) {
        this.self = self;
    }

    List<CompanionContact> all() {
        VirtualCompanions host = self.host();
        long started = host.startedEpochSeconds();
        List<CompanionContact> out = new ArrayList<>();
        List<Bytes> seen = new ArrayList<>();
        seen.add(self.identity().publicKey());
        for (Room room : host.rooms()) {
            out.add(new CompanionContact(room.identity().identity(), room.name(), NodeType.ROOM.code(), Optional.empty(),
                    Optional.empty(), started, started, true));
            seen.add(room.identity().publicKey());
        }
        for (VirtualCompanion other : host.all()) {
            if (!seen.contains(other.identity().publicKey())) {
                out.add(new CompanionContact(other.identity().identity(), other.name(), NodeType.CHAT.code(), Optional.empty(),
                        Optional.empty(), started, started, true));
                seen.add(other.identity().publicKey());
            }
        }
        for (Contact c : host.node().contacts().all()) {
            if (!seen.contains(c.identity().publicKey())) {
                out.add(fromRf(c));
            }
        }
        return out;
    }

    /** The contact whose key starts with {@code prefix} (at least one byte). */
    Optional<CompanionContact> find(Bytes prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        return all().stream().filter(c -> c.identity().publicKey().startsWith(prefix)).findFirst();
    }

    CompanionContact fromRf(Contact c) {
        return new CompanionContact(c.identity(), c.name(), c.nodeTypeCode(), self.host().node().paths().get(c.identity()),
                c.location(), c.advertTimestamp(), c.lastHeard().getEpochSecond(), false);
    }
}
