package org.meshbridge.core.companion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.meshbridge.core.time.Scheduler;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.crypto.Identity;

/**
 * The requests a companion sent over RF and waits to hear back on: logins by server key
 * ({@code pending_login}), status and telemetry requests by their tag ({@code pending_status},
 * {@code pending_telemetry}), traces by their tag. Each waits {@link #TIMEOUT} at most, then fails
 * with a {@link TimeoutException}. At most {@link #MAX_PENDING} wait at once. Confined to the
 * scheduler thread.
 */
final class RemoteRequests {

    /** How long an answer is waited for. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Requests waiting at once, per companion. */
    static final int MAX_PENDING = 16;

    /** What a waiting request does with the response plaintext (tag first). */
    private record Pending(Identity peer, boolean login, long tag, CompletableFuture<Bytes> result) {
    }

    private final Scheduler scheduler;
    private final Map<Object, Pending> pending = new LinkedHashMap<>();

    RemoteRequests(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Waits for the answer to a login sent to {@code server}; a newer login to it replaces the older. */
    CompletableFuture<Bytes> awaitLogin(Identity server) throws CompanionException {
        return await(server.publicKey(), new Pending(server, true, 0, new CompletableFuture<>()));
    }

    /** Waits for the RESPONSE whose tag is {@code tag}. */
    CompletableFuture<Bytes> awaitResponse(Identity peer, long tag) throws CompanionException {
        return await(tag, new Pending(peer, false, tag, new CompletableFuture<>()));
    }

    /** A RESPONSE from {@code peer}: completes the login waiting for it, else the request whose tag it echoes. */
    void onResponse(Identity peer, Bytes plaintext) {
        Pending login = pending.get(peer.publicKey());
        if (login != null && login.login) {
            pending.remove(peer.publicKey());
            login.result.complete(plaintext);
            return;
        }
        if (plaintext.size() < 4) {
            return;
        }
        long tag = tagOf(plaintext);
        Pending p = pending.get(tag);
        if (p != null && p.peer.equals(peer)) {
            pending.remove(tag);
            p.result.complete(plaintext);
        }
    }

    /** The servers requests are waiting on, so their responses can be opened. */
    List<Identity> peers() {
        List<Identity> peers = new ArrayList<>();
        for (Pending p : pending.values()) {
            peers.add(p.peer);
        }
        return peers;
    }

    /** The little-endian u32 a response starts with (its tag); at least 4 bytes. */
    static long tagOf(Bytes plaintext) {
        return plaintext.get(0) | (long) plaintext.get(1) << 8 | (long) plaintext.get(2) << 16 | (long) plaintext.get(3) << 24;
    }

    private CompletableFuture<Bytes> await(Object key, Pending p) throws CompanionException {
        Pending old = pending.remove(key);
        if (old != null) {
            old.result.completeExceptionally(new TimeoutException("replaced by a newer request"));
        }
        if (pending.size() >= MAX_PENDING) {
            throw new CompanionException(CompanionException.Reason.TABLE_FULL, MAX_PENDING + " requests are already waiting");
        }
        pending.put(key, p);
        scheduler.schedule(TIMEOUT, () -> {
            if (pending.get(key) == p) {
                pending.remove(key);
                p.result.completeExceptionally(new TimeoutException("no answer within " + TIMEOUT.toSeconds() + " s"));
            }
        });
        return p.result;
    }
}
