package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.meshbridge.core.companion.CompanionException;
import org.meshbridge.core.companion.CompanionSession;
import org.meshbridge.core.companion.InboxMessage;
import org.meshbridge.core.companion.OutgoingText;
import org.meshbridge.core.companion.VirtualCompanion;
import org.meshbridge.core.companion.VirtualCompanions;
import org.meshbridge.core.node.Delivery;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.LocalIdentity;
import org.meshbridge.protocol.payload.PlaintextLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web direct messages through each account's virtual companion (its own mesh identity): sends
 * with {@link VirtualCompanion#sendText} and follows the delivery (pending, then delivered on the
 * recipient's ACK or failed after the retries; delivered after all when a late ACK still comes);
 * reads the companion's inbox through a session of its own. Conversations are kept in a
 * {@link DmStore}: each message and each change of its state is written as it happens, and the
 * live event goes to the account once it is durable. A message still pending when the server
 * stopped is failed on start ({@link DmStore#recover}): nobody follows its ACK any more.
 * The account's companion floods its advert when it opens and again after a DM that failed, so
 * a recipient that missed the advert learns the key before the next try.
 * Companion work runs on the scheduler; the account's mesh identity is looked up off it.
 */
public final class CompanionDirectMessages implements DirectMessages {

    /** {@code {"type":"dm","node_id":..,"message":{..}}}: a message arrived (or was sent from another tab). */
    public record DmEvent(String type, @JsonProperty("node_id") String nodeId, DmView message) {
    }

    /** {@code {"type":"delivery","node_id":..,"id":..,"state":"delivered","attempts":1}}. */
    public record DmDeliveryEvent(String type, @JsonProperty("node_id") String nodeId, long id, String state, int attempts) {
    }

    /** How long showing conversations waits for the account's companion to open. */
    static final Duration ATTACH_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(CompanionDirectMessages.class);

    /** Plain text ({@code TXT_TYPE_PLAIN}); room posts (signed) and CLI replies are not conversations. */
    private static final int PLAIN = 0;

    private final VirtualCompanions companions;
    private final Scheduler scheduler;
    private final Function<String, CompletionStage<LocalIdentity>> identities;
    private final Function<String, Optional<String>> nodeNames;
    private final LiveEvents live;
    private final DmStore store;
    private final Map<String, CompanionSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong ids;

    /**
     * Recovers {@code store} (pending messages of an earlier run fail), blocking until it has.
     *
     * @param identities the account's mesh identity (from the accounts store, off the scheduler)
     * @param nodeNames a node's advertised name by id, if heard
     */
    public CompanionDirectMessages(VirtualCompanions companions, Scheduler scheduler,
                                   Function<String, CompletionStage<LocalIdentity>> identities,
                                   Function<String, Optional<String>> nodeNames, LiveEvents live, DmStore store) {
        this.companions = Objects.requireNonNull(companions, "companions");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.nodeNames = Objects.requireNonNull(nodeNames, "nodeNames");
        this.live = Objects.requireNonNull(live, "live");
        this.store = Objects.requireNonNull(store, "store");
        this.ids = new AtomicLong(store.recover(now()));
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public int maxTextBytes() {
        return PlaintextLimits.MAX_TEXT_BYTES;
    }

    @Override
    public List<Conversation> conversations(String account) {
        awaitAttached(account);
        return store.conversations(account).stream()
                .map(head -> new Conversation(head.last().peer(), nodeNames.apply(head.last().peer()).orElse(null),
                        head.last().view(), head.unread()))
                .toList();
    }

    @Override
    public Optional<List<DmView>> messages(String account, String nodeId, long beforeId, int limit) {
        awaitAttached(account);
        List<DmStore.StoredDm> page = store.page(account, nodeId, beforeId, limit);
        boolean kept = !page.isEmpty()
                || beforeId != Long.MAX_VALUE && !store.page(account, nodeId, Long.MAX_VALUE, 1).isEmpty();
        if (!kept && nodeNames.apply(nodeId).isEmpty()) {
            return Optional.empty();
        }
        if (kept) {
            markRead(account, nodeId);
        }
        return Optional.of(page.stream().map(DmStore.StoredDm::view).toList());
    }

    /** Clears the conversation's unread count before answering, so the list read next shows it; a worker thread. */
    private void markRead(String account, String nodeId) {
        try {
            store.markRead(account, nodeId).toCompletableFuture().get(ATTACH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("could not mark the conversation of account {} with {} read: {}", account, nodeId,
                    String.valueOf(e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CompletionStage<DmView> send(String account, String nodeId, String text) {
        return attach(account).thenCompose(companion -> {
            CompletableFuture<DmView> sent = new CompletableFuture<>();
            scheduler.execute(() -> {
                OutgoingText out;
                try {
                    out = companion.sendText(Bytes.fromHex(nodeId), text);
                } catch (CompanionException e) {
                    sent.completeExceptionally(new IllegalArgumentException(e.reason() == CompanionException.Reason.NOT_FOUND
                            ? "no node " + nodeId + " has been heard, so it cannot be reached" : e.getMessage()));
                    return;
                }
                DmStore.StoredDm pending = DmStore.StoredDm.outgoing(ids.incrementAndGet(), nodeId, text, now());
                store.add(account, pending).whenComplete((stored, failure) -> {
                    if (failure != null) {
                        LOG.error("the direct message {} of account {} went out but could not be stored: {}", pending.id(),
                                account, failure.getMessage());
                    }
                    sent.complete(pending.view());
                });
                out.deliveredLate().thenAccept(late -> delivered(account, pending, late));
                out.delivery().whenComplete((delivery, failure) -> {
                    delivered(account, pending, delivery);
                    if (delivery == null || delivery instanceof Delivery.Failed) {
                        // No ACK: the recipient may not know this account's key (its one advert,
                        // flooded when the companion opened, can be lost on the air), and then it
                        // cannot decrypt anything the account sends. A companion app's user would
                        // send an advert again; so does this, and the next try can get through.
                        scheduler.execute(() -> companion.advert(true));
                    }
                });
            });
            return sent;
        });
    }

    /**
     * Opens the account's companion before its conversations are shown, so messages sent to it
     * from then on are caught and nodes have its advert; blocks a worker thread for at most
     * {@link #ATTACH_WAIT}, then shows what is there.
     */
    private void awaitAttached(String account) {
        try {
            attach(account).toCompletableFuture().get(ATTACH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the mesh identity of account {} is not open yet: {}", account, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens {@code account}'s companion (once) and a session on its inbox; any thread. */
    public CompletionStage<VirtualCompanion> attach(String account) {
        Optional<VirtualCompanion> open = companions.get(account);
        if (open.isPresent() && hasSessionOn(account, open.get())) {
            return CompletableFuture.completedFuture(open.get());
        }
        return identities.apply(account).thenCompose(identity -> {
            CompletableFuture<VirtualCompanion> ready = new CompletableFuture<>();
            scheduler.execute(() -> {
                try {
                    VirtualCompanion companion = companions.get(account).orElseGet(() -> {
                        VirtualCompanion opened = companions.open(account, identity, account);
                        // Like a companion radio switched on: a flooded advert, so nodes learn the
                        // account's key and can decrypt (and ACK) its messages and answer them.
                        opened.advert(true);
                        return opened;
                    });
                    if (!hasSessionOn(account, companion)) { // none yet, or one on a removed account's companion
                        CompanionSession[] session = new CompanionSession[1];
                        session[0] = companion.openSession(() -> drain(account, session[0]));
                        sessions.put(account, session[0]);
                    }
                    ready.complete(companion);
                } catch (RuntimeException e) {
                    ready.completeExceptionally(e);
                }
            });
            return ready;
        });
    }

    /** True when the web's session of {@code account} reads {@code companion}'s inbox. */
    private boolean hasSessionOn(String account, VirtualCompanion companion) {
        CompanionSession session = sessions.get(account);
        return session != null && session.companion() == companion;
    }

    /** Takes every waiting inbox message; on the scheduler thread. */
    private void drain(String account, CompanionSession session) {
        if (session == null) {
            return;
        }
        for (Optional<InboxMessage> next = session.next(); next.isPresent(); next = session.next()) {
            if (next.get() instanceof InboxMessage.Direct direct && direct.txtType() == PLAIN) {
                String nodeId = direct.sender().hex();
                DmStore.StoredDm message = new DmStore.StoredDm(ids.incrementAndGet(), nodeId, DmStore.Direction.IN,
                        direct.text(), now(), OptionalLong.of(direct.senderTimestamp()), DmStore.State.RECEIVED, 1,
                        direct.signal(), OptionalInt.of(direct.pathLen()));
                store.add(account, message).whenComplete((kept, failure) -> {
                    if (failure != null) {
                        LOG.error("a direct message to account {} from {} could not be stored: {}", account, nodeId,
                                failure.getMessage());
                    }
                    if (!Boolean.FALSE.equals(kept)) {
                        live.toAccount(account, new DmEvent("dm", nodeId, message.view()));
                    }
                });
            }
        }
    }

    /** Records how {@code pending} ended and tells the account once that is durable; on the scheduler thread. */
    private void delivered(String account, DmStore.StoredDm pending, Delivery delivery) {
        DmStore.State state = delivery == null || delivery instanceof Delivery.Failed ? DmStore.State.FAILED
                : DmStore.State.DELIVERED;
        int attempts = delivery == null ? 0 : delivery.attempts();
        store.updateDelivery(account, pending.id(), state, attempts, now()).whenComplete((stored, failure) -> {
            if (failure != null) {
                LOG.error("the delivery state of direct message {} of account {} could not be stored: {}", pending.id(),
                        account, failure.getMessage());
            }
            live.toAccount(account, new DmDeliveryEvent("delivery", pending.peer(), pending.id(), state.code(), attempts));
        });
    }

    /** The scheduler's clock to the millisecond, as the store keeps it, so a message reads back as it was sent. */
    private Instant now() {
        return scheduler.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
