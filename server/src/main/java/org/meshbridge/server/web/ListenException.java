package org.meshbridge.server.web;

import java.io.IOException;

/** A listener could not bind; the message is one line that tells the operator what to change. */
public final class ListenException extends IOException {

    private static final long serialVersionUID = 1L;

    public ListenException(String message, Throwable cause) {
        super(message, cause);
    }
}
