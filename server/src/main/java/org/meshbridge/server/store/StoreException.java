package org.meshbridge.server.store;

/** The store cannot do what was asked: the database refused, is unreachable, or is too new. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
