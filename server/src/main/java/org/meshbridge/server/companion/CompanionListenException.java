package org.meshbridge.server.companion;

/** A companion listener cannot start; the message says what to change. */
public final class CompanionListenException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompanionListenException(String message, Throwable cause) {
        super(message, cause);
    }
}
