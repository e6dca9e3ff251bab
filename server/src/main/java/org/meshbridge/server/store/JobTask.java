package org.meshbridge.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Any other write (access-list changes, retention deletes), committed with the batch it falls in. */
final class JobTask<T> implements WriteTask {

    /** The work, on the writer's connection inside the batch's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(StatementCache statements) throws SQLException;
    }

    private final Work<T> work;
    private final CompletableFuture<T> result;
    private T value;

    JobTask(Work<T> work, CompletableFuture<T> result) {
        this.work = work;
        this.result = result;
    }

    /** A job that does nothing; flushing the queue behind it. */
    static JobTask<Void> barrier(CompletableFuture<Void> done) {
        return new JobTask<>(statements -> null, done);
    }

    @Override
    public void run(StatementCache statements, Instant storedAt) throws SQLException {
        value = work.apply(statements);
    }

    @Override
    public void succeed() {
        result.complete(value);
    }

    @Override
    public void fail(Throwable cause) {
        result.completeExceptionally(cause);
    }
}
