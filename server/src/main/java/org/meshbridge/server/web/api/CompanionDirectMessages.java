package org.meshbridge.server.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * recipient's ACK or failed after the retries); reads the companion's inbox through a session of
 * its own. Conversations are kept in memory ({@link DmLog}) and live events go to the account.
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
    private final Map<String, DmLog> logs = new ConcurrentHashMap<>();
    private final Map<String, CompanionSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * @param identities the account's mesh identity (from the accounts store, off the scheduler)
     * @param nodeNames a node's advertised name by id, if heard
     */
    public CompanionDirectMessages(VirtualCompanions companions, Scheduler scheduler,
                                   Function<String, CompletionStage<LocalIdentity>> identities,
                                   Function<String, Optional<String>> nodeNames, LiveEvents live) {
        this.companions = Objects.requireNonNull(companions, "companions");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.nodeNames = Objects.requireNonNull(nodeNames, "nodeNames");
        this.live = Objects.requireNonNull(live, "live");
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
        return log(account).heads().stream()
                .map(e -> new Conversation(e.getKey().nodeId(), nodeNames.apply(e.getKey().nodeId()).orElse(null),
                        e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public Optional<List<DmView>> messages(String account, String nodeId, int limit) {
        awaitAttached(account);
        Optional<List<DmView>> kept = log(account).read(nodeId, limit);
        if (kept.isPresent()) {
            return kept;
        }
        return nodeNames.apply(nodeId).isPresent() ? Optional.of(List.of()) : Optional.empty();
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
                DmView pending = new DmView(ids.incrementAndGet(), nodeId, "out", scheduler.now().toString(), text,
                        "pending", 0);
                log(account).put(pending);
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
                sent.complete(pending);
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
        if (open.isPresent() && sessions.containsKey(account)) {
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
                    sessions.computeIfAbsent(account, a -> {
                        CompanionSession[] session = new CompanionSession[1];
                        session[0] = companion.openSession(() -> drain(account, session[0]));
                        return session[0];
                    });
                    ready.complete(companion);
                } catch (RuntimeException e) {
                    ready.completeExceptionally(e);
                }
            });
            return ready;
        });
    }

    /** Takes every waiting inbox message; on the scheduler thread. */
    private void drain(String account, CompanionSession session) {
        if (session == null) {
            return;
        }
        for (Optional<InboxMessage> next = session.next(); next.isPresent(); next = session.next()) {
            if (next.get() instanceof InboxMessage.Direct direct && direct.txtType() == PLAIN) {
                String nodeId = direct.sender().hex();
                DmView message = new DmView(ids.incrementAndGet(), nodeId, "in", scheduler.now().toString(),
                        direct.text(), "received", 1);
                DmLog log = log(account);
                log.put(message);
                log.countUnread(nodeId);
                live.toAccount(account, new DmEvent("dm", nodeId, message));
            }
        }
    }

    private void delivered(String account, DmView pending, Delivery delivery) {
        String state = delivery instanceof Delivery.Failed ? "failed" : delivery == null ? "failed" : "delivered";
        int attempts = delivery == null ? 0 : delivery.attempts();
        DmView done = new DmView(pending.id(), pending.nodeId(), "out", pending.time(), pending.text(), state, attempts);
        log(account).put(done);
        live.toAccount(account, new DmDeliveryEvent("delivery", pending.nodeId(), pending.id(), state, attempts));
    }

    private DmLog log(String account) {
        return logs.computeIfAbsent(account, a -> new DmLog());
    }
}
