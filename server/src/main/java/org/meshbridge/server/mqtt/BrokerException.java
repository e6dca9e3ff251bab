package org.meshbridge.server.mqtt;

/** The broker could not be reached or refused the connection; the message says which and what to check. */
public final class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean refused;

    BrokerException(String message, boolean refused, Throwable cause) {
        super(message, cause, false, false);
        this.refused = refused;
    }

    /** True when the broker answered and said no (credentials, client id, authorization). */
    public boolean refused() {
        return refused;
    }
}
