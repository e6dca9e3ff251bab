package org.meshbridge.core.time;

/** A handle on a task given to a {@link Scheduler}, used to stop it before it runs (again). */
@FunctionalInterface
public interface Cancellable {

    /**
     * Stops the task: a delayed task that has not started never runs, a periodic task runs no
     * more. Idempotent, and harmless after the task has run.
     *
     * @return true if this call prevented at least one run that was still pending
     */
    boolean cancel();
}
