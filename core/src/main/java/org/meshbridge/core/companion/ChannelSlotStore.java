package org.meshbridge.core.companion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.meshbridge.protocol.crypto.ChannelKey;

/**
 * Where the channel slots an account set or cleared itself are kept across restarts, as a real
 * companion radio keeps its channels in flash. Only what the account changed is kept; it is laid
 * over the server's channels when the account's companion opens, and a slot's transmit rule is
 * worked out again then (an operator's later {@code transmit_internet} change applies).
 *
 * <p>{@link #load} blocks (a database read) and is called once when a companion opens;
 * {@link #save} must not block (it is called on the scheduler thread) and completes when durable.
 * Implementations are thread-safe.
 */
public interface ChannelSlotStore {

    /** Keeps nothing: slots set by an app last until the server stops. */
    ChannelSlotStore NONE = new ChannelSlotStore() {
        @Override
        public List<SavedSlot> load(String account) {
            return List.of();
        }

        @Override
        public CompletionStage<Void> save(String account, SavedSlot slot) {
            return CompletableFuture.completedFuture(null);
        }
    };

    /**
     * A slot an account set ({@code key} present) or cleared (empty name, no key).
     *
     * @param index the slot, 0..{@value ChannelSlots#MAX_CHANNELS}-1
     */
    record SavedSlot(int index, String name, Optional<ChannelKey> key) {
        public SavedSlot {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            if (name.isEmpty() != key.isEmpty()) {
                throw new IllegalArgumentException("a set slot has a name and a key, a cleared one neither");
            }
        }

        /** True when the account cleared the slot. */
        public boolean cleared() {
            return key.isEmpty();
        }
    }

    /** What {@code account} set or cleared, by slot. */
    List<SavedSlot> load(String account);

    /** Keeps {@code slot} for {@code account}, replacing what it had set in that slot. */
    CompletionStage<Void> save(String account, SavedSlot slot);
}
