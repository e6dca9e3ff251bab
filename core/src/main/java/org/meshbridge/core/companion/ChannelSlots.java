package org.meshbridge.core.companion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * A companion's channel table ({@code MAX_GROUP_CHANNELS} slots). It starts with the server's
 * channels; an account may set any slot for itself, which changes nothing for other accounts or
 * for the server. A slot set to the key of a server channel keeps that channel's transmit rule, so
 * setting a slot cannot get around an operator who did not open a channel to internet traffic.
 * Confined to the scheduler thread.
 */
final class ChannelSlots {

    /** Slots per companion, as {@code DeviceInfo.max_channels} announces. */
    static final int MAX_CHANNELS = 8;

    private final List<ChannelSlot> server;
    private final ChannelSlot[] slots = new ChannelSlot[MAX_CHANNELS];

    ChannelSlots(List<ChannelSlot> server) {
        this(server, List.of());
    }

    /** The server's channels with what the account set or cleared itself laid over them; a saved slot out of range is ignored. */
    ChannelSlots(List<ChannelSlot> server, List<ChannelSlotStore.SavedSlot> saved) {
        this.server = List.copyOf(server);
        for (int i = 0; i < this.server.size(); i++) {
            slots[i] = this.server.get(i);
        }
        for (ChannelSlotStore.SavedSlot s : saved) {
            if (s.index() >= 0 && s.index() < MAX_CHANNELS) {
                slots[s.index()] = s.key().map(key -> slot(s.name(), key)).orElse(null);
            }
        }
    }

    Optional<ChannelSlot> get(int index) {
        return index >= 0 && index < MAX_CHANNELS ? Optional.ofNullable(slots[index]) : Optional.empty();
    }

    /** Sets slot {@code index}; an empty name clears it. */
    void set(int index, String name, ChannelKey key) throws CompanionException {
        if (index < 0 || index >= MAX_CHANNELS) {
            throw new CompanionException(CompanionException.Reason.NOT_FOUND, "no channel slot " + index);
        }
        if (name.isEmpty()) {
            slots[index] = null;
            return;
        }
        slots[index] = slot(name, key);
    }

    /** A slot the account set: a server channel's key keeps that channel's transmit rule. */
    private ChannelSlot slot(String name, ChannelKey key) {
        boolean transmit = server.stream().filter(s -> s.key().equals(key)).findFirst().map(ChannelSlot::transmit).orElse(true);
        return new ChannelSlot(name, key, transmit);
    }

    /** The distinct keys of the set slots. */
    List<ChannelKey> keys() {
        List<ChannelKey> keys = new ArrayList<>();
        for (ChannelSlot s : slots) {
            if (s != null && !keys.contains(s.key())) {
                keys.add(s.key());
            }
        }
        return keys;
    }

    /** The indexes of the slots holding {@code key}. */
    List<Integer> indexesOf(ChannelKey key) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < MAX_CHANNELS; i++) {
            if (slots[i] != null && slots[i].key().equals(key)) {
                found.add(i);
            }
        }
        return found;
    }
}
