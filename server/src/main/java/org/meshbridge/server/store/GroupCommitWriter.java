package org.meshbridge.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.meshbridge.core.room.Post;
import org.meshbridge.core.room.PostDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes. Callers queue tasks; the thread takes what has queued (up to
 * {@link StoreOptions#maxBatchPosts()}, waiting at most {@link StoreOptions#maxBatchWait()} for
 * more), runs it in one transaction, commits, and only then completes the tasks' stages, on this
 * thread. If the batch fails, each task is retried in a transaction of its own so one bad post
 * fails alone; if the connection is gone, the whole batch fails and the next batch reconnects.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final JobTask<Void> STOP = JobTask.barrier(new CompletableFuture<>());
    private static final int VALIDITY_CHECK_SECONDS = 5;

    private final String url;
    private final Dialect dialect;
    private final StoreOptions options;
    private final BlockingQueue<WriteTask> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger queuedAppends = new AtomicInteger();
    /** Tasks queued whose stages have not completed yet. */
    private final AtomicInteger unfinished = new AtomicInteger();
    /** Read-locked to enqueue, write-locked to close, so nothing is queued behind {@link #STOP}. */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private final Thread thread;
    private StatementCache statements;
    private boolean closed;

    /** Starts the writer on {@code connection} (auto-commit off, already migrated). */
    GroupCommitWriter(String url, Dialect dialect, StoreOptions options, Connection connection) {
        this.url = url;
        this.dialect = dialect;
        this.options = options;
        this.statements = new StatementCache(connection);
        this.thread = new Thread(this::run, "meshbridge-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code draft}; refused at once when {@link StoreOptions#maxQueuedPosts()} are already waiting. */
    CompletionStage<Post> append(PostDraft draft) {
        CompletableFuture<Post> result = new CompletableFuture<>();
        closing.readLock().lock();
        try {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the post store is closed"));
            }
            if (queuedAppends.incrementAndGet() > options.maxQueuedPosts()) {
                queuedAppends.decrementAndGet();
                return CompletableFuture.failedFuture(new StoreOverloadedException("the post store's queue is full ("
                        + options.maxQueuedPosts() + " posts waiting for " + Dialect.redact(url)
                        + "); the post was not stored"));
            }
            unfinished.incrementAndGet();
            queue.add(new AppendTask(draft, result));
        } finally {
            closing.readLock().unlock();
        }
        return result;
    }

    /** Queues {@code work} to run in the next batch's transaction. */
    <T> CompletableFuture<T> submit(JobTask.Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        closing.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            unfinished.incrementAndGet();
            queue.add(new JobTask<>(work, result));
        } finally {
            closing.readLock().unlock();
        }
        return result;
    }

    /**
     * Queues {@code work} and waits for its batch to commit. Refused on the writer thread itself
     * (a stage callback), which would wait for itself.
     */
    <T> T await(JobTask.Work<T> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a store write cannot wait for the store's writer from a stage callback; "
                    + "hand the result to another thread first");
        }
        try {
            return submit(work).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new StoreException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /** Tasks queued whose stages have not completed yet (so whose callbacks have not run). */
    int unfinished() {
        return unfinished.get();
    }

    /** Posts queued and not yet taken by the writer. */
    int queuedAppends() {
        return queuedAppends.get();
    }

    /** Commits everything queued, completes its stages, stops the thread and closes the connection. */
    @Override
    public void close() {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("close the store from another thread than its writer");
        }
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        } finally {
            closing.writeLock().unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<WriteTask> batch = new ArrayList<>(options.maxBatchPosts());
        boolean stopping = false;
        while (!stopping) {
            stopping = collect(batch);
            try {
                commit(batch);
            } catch (Throwable t) {
                LOG.error("store writer: unexpected failure", t);
                batch.forEach(task -> task.fail(t));
            }
            unfinished.addAndGet(-batch.size());
            batch.clear();
        }
        if (statements != null) {
            statements.close();
        }
    }

    /** Fills {@code batch}; returns true once {@link #STOP} was taken (it is always the last task). */
    private boolean collect(List<WriteTask> batch) {
        WriteTask next = takeUninterruptibly();
        long deadline = System.nanoTime() + options.maxBatchWait().toNanos();
        while (next != STOP) {
            if (next instanceof AppendTask) {
                queuedAppends.decrementAndGet();
            }
            batch.add(next);
            if (batch.size() >= options.maxBatchPosts()) {
                return false;
            }
            next = queue.poll();
            if (next == null) {
                next = pollUntil(deadline);
                if (next == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private void commit(List<WriteTask> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            runInTransaction(batch);
            batch.forEach(WriteTask::succeed);
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (!connectionUsable()) {
                StoreException failure = new StoreException("cannot write to " + Dialect.redact(url) + ": "
                        + e.getMessage(), e);
                batch.forEach(task -> task.fail(failure));
            } else if (batch.size() == 1) {
                batch.get(0).fail(new StoreException("the database refused the write: " + e.getMessage(), e));
            } else {
                for (WriteTask task : batch) {
                    commit(List.of(task));
                }
            }
        }
    }

    private void runInTransaction(List<WriteTask> batch) throws SQLException {
        if (statements == null) {
            statements = new StatementCache(dialect.openWriter(url, options));
        }
        Instant storedAt = options.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        int i = 0;
        while (i < batch.size()) {
            int end = dialect == Dialect.POSTGRESQL ? endOfAppends(batch, i) : i;
            if (end - i > 1) {
                List<AppendTask> appends = new ArrayList<>(end - i);
                batch.subList(i, end).forEach(task -> appends.add((AppendTask) task));
                AppendTask.runAll(appends, statements, storedAt);
                i = end;
            } else {
                batch.get(i).run(statements, storedAt);
                i++;
            }
        }
        statements.connection().commit();
    }

    /** The index after the run of appends starting at {@code from}. */
    private static int endOfAppends(List<WriteTask> batch, int from) {
        int end = from;
        while (end < batch.size() && batch.get(end) instanceof AppendTask) {
            end++;
        }
        return end;
    }

    private void rollback() {
        if (statements != null) {
            ReadPool.closeQuietly(statements.connection()::rollback);
        }
    }

    /** False (and the connection dropped, to be reopened by the next batch) when it no longer works. */
    private boolean connectionUsable() {
        if (statements == null) {
            return false;
        }
        boolean valid;
        try {
            valid = statements.connection().isValid(VALIDITY_CHECK_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        if (!valid) {
            statements.close();
            statements = null;
        }
        return valid;
    }

    private WriteTask takeUninterruptibly() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                LOG.debug("store writer interrupted; it stops only through close()");
            }
        }
    }

    private WriteTask pollUntil(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return null;
        }
        try {
            return queue.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return null;
        }
    }
}
