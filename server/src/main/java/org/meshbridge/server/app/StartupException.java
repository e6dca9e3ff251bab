package org.meshbridge.server.app;

/** The server cannot start; the message is one line that tells the operator what to change. */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
