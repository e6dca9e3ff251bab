package org.meshbridge.server.mqtt;

import io.reactivex.Flowable;
import io.reactivex.processors.UnicastProcessor;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Publishes through one reactive stream per connection, which is what keeps the order: the
 * client's one-shot asynchronous publishes may overtake each other. Results come back as the
 * broker acknowledges; each completes the future of the first pending publish equal to it.
 *
 * @param <P> the client's publish message type
 * @param <R> its publish result type
 */
final class PublishStream<P, R> {

    private record Pending<P>(P publish, String topic, CompletableFuture<Void> done) {
    }

    private final UnicastProcessor<P> input = UnicastProcessor.create();
    private final ArrayDeque<Pending<P>> pending = new ArrayDeque<>();
    private final Function<R, P> publishOf;
    private final Function<R, Optional<Throwable>> errorOf;

    /**
     * Starts the stream on {@code client}'s stream publisher.
     *
     * @param publishOf the publish a result belongs to
     * @param errorOf   the broker's error for it, if any
     */
    PublishStream(Function<Flowable<P>, Flowable<R>> client, Function<R, P> publishOf, Function<R, Optional<Throwable>> errorOf) {
        this.publishOf = publishOf;
        this.errorOf = errorOf;
        client.apply(input).subscribe(this::result, this::failed);
    }

    /** Queues {@code publish} on {@code topic}; one thread at a time. */
    CompletableFuture<Void> publish(P publish, String topic) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (pending) {
            pending.add(new Pending<>(publish, topic, done));
        }
        input.onNext(publish);
        return done;
    }

    private void result(R result) {
        P publish = publishOf.apply(result);
        Pending<P> match = null;
        synchronized (pending) {
            for (Iterator<Pending<P>> it = pending.iterator(); it.hasNext();) {
                Pending<P> p = it.next();
                if (p.publish() == publish || p.publish().equals(publish)) {
                    match = p;
                    it.remove();
                    break;
                }
            }
        }
        if (match == null) {
            return;
        }
        Optional<Throwable> error = errorOf.apply(result);
        if (error.isPresent()) {
            match.done().completeExceptionally(new PublishRejectedException("the broker did not accept "
                    + match.topic() + ": " + error.get().getMessage(), error.get()));
        } else {
            match.done().complete(null);
        }
    }

    private void failed(Throwable error) {
        synchronized (pending) {
            pending.forEach(p -> p.done().completeExceptionally(error));
            pending.clear();
        }
    }

    /** Ends the stream. */
    void complete() {
        input.onComplete();
    }
}
