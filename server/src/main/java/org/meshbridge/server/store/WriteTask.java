package org.meshbridge.server.store;

import java.sql.SQLException;
import java.time.Instant;

/** A unit of work for the writer thread: run inside a batch's transaction, then settled once it committed or failed. */
sealed interface WriteTask permits AppendTask, JobTask {

    /** Does the work in the open transaction. {@code storedAt} is the batch's commit time. */
    void run(StatementCache statements, Instant storedAt) throws SQLException;

    /** The transaction that ran this task committed. */
    void succeed();

    /** The transaction that ran this task rolled back, or never started. */
    void fail(Throwable cause);
}
