package org.meshbridge.server.watch;

/** A message on {@code {p}/nodes/+} or {@code {p}/status} that cannot be used; the one error its parser throws. */
public final class NodeStateException extends Exception {

    private static final long serialVersionUID = 1L;

    public NodeStateException(String message) {
        super(message, null, false, false);
    }
}
