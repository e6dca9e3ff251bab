package org.meshbridge.protocol.oracle;

/** An oracle process that hung, died or answered something that is not a JSON object. */
public final class OracleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OracleException(String message) {
        super(message);
    }

    OracleException(String message, Throwable cause) {
        super(message, cause);
    }
}
