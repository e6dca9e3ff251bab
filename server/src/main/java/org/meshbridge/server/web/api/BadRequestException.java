package org.meshbridge.server.web.api;

/** A request the client must fix: bad JSON, a missing or wrong field, a bad query parameter. Becomes a 400. */
public final class BadRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message, null, false, false);
    }
}
