package org.meshbridge.server.web.auth;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.meshbridge.server.accounts.AccountException;
import org.meshbridge.server.accounts.Accounts;
import org.meshbridge.server.accounts.Principal;
import org.meshbridge.server.web.HttpCall;
import org.meshbridge.server.web.HttpProblem;
import org.meshbridge.server.web.JsonResponse;
import org.meshbridge.server.web.Route;

/**
 * Makes routes that answer only signed-in callers. The bearer token is looked up off the event
 * loop; without a valid one the answer is 401 with {@code WWW-Authenticate: Bearer}; an
 * {@link #admin} route answers 403 to others. The handler then runs on this object's worker pool
 * (it may block: store reads, {@code Rooms.post}); a full pool answers 503. Throw an
 * {@link HttpProblem} from the handler for any other error (403 for a room the principal may not
 * read, etc.).
 *
 * <pre>{@code
 * Route posts = auth.route("/api/v1/rooms/{room}/posts", Set.of(GET, POST), (call, who) -> {
 *     String room = call.pathParam("room");
 *     if (!who.canRead(room)) throw Authenticator.forbidden("you may not read " + room);
 *     ...
 * });
 * }</pre>
 */
public final class Authenticator implements AutoCloseable {

    /** A handler for a signed-in caller; on a worker thread, may block. */
    @FunctionalInterface
    public interface Handler {
        JsonResponse handle(HttpCall call, Principal who);
    }

    private final Accounts accounts;
    private final ThreadPoolExecutor workers;

    /** Looks tokens up in {@code accounts}; runs handlers on {@code threads} workers with {@code queue} waiting. */
    public Authenticator(Accounts accounts, int threads, int queue) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "http-work-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public Accounts accounts() {
        return accounts;
    }

    /** A route that answers signed-in callers with {@code handler}. */
    public Route route(String path, Set<HttpMethod> methods, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        return Route.of(path, methods, call -> principal(call).thenApplyAsync(who -> handler.handle(call, who), workers)
                .exceptionally(Authenticator::unwrap));
    }

    /** A route that answers only admins (403 for others). */
    public Route admin(String path, Set<HttpMethod> methods, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        return route(path, methods, (call, who) -> {
            if (!who.isAdmin()) {
                throw forbidden("this needs an admin account");
            }
            return handler.handle(call, who);
        });
    }

    /** The caller's principal; the stage fails with a 401 {@link HttpProblem} without a valid token. */
    public CompletionStage<Principal> principal(HttpCall call) {
        Optional<String> token = call.bearerToken();
        if (token.isEmpty()) {
            return CompletableFuture.failedFuture(unauthorized("sign in: send Authorization: Bearer <token> from "
                    + "POST /api/v1/auth/login"));
        }
        try {
            return accounts.authenticateAsync(token.get()).thenApply(found -> found.orElseThrow(
                    () -> unauthorized("the token is unknown, expired or revoked; sign in again")));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(busy());
        }
    }

    /** 401 {@code unauthorized} with {@code WWW-Authenticate: Bearer}. */
    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(HttpResponseStatus.UNAUTHORIZED, "unauthorized", message,
                Map.of("WWW-Authenticate", "Bearer realm=\"meshbridge\""));
    }

    /** 403 {@code forbidden}. */
    public static HttpProblem forbidden(String message) {
        return new HttpProblem(HttpResponseStatus.FORBIDDEN, "forbidden", message);
    }

    static HttpProblem busy() {
        return new HttpProblem(HttpResponseStatus.SERVICE_UNAVAILABLE, "busy", "the server is busy; try again shortly",
                Map.of("Retry-After", "1"));
    }

    /** Turns a failed stage's cause into a response, or passes it on. */
    static JsonResponse unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpProblem problem) {
            return problem.response();
        }
        if (cause instanceof RejectedExecutionException
                || cause instanceof AccountException a && a.reason() == AccountException.Reason.BUSY) {
            return busy().response();
        }
        throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
    }

    /** Stops the workers (queued handlers still run). */
    @Override
    public void close() {
        workers.shutdown();
    }
}
