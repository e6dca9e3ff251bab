package org.meshbridge.server.store;

/**
 * An append was refused at once because the writer's queue is full: the database is not
 * keeping up. Nothing was stored; the caller does not acknowledge the post and may retry later.
 */
public final class StoreOverloadedException extends StoreException {

    public StoreOverloadedException(String message) {
        super(message);
    }
}
