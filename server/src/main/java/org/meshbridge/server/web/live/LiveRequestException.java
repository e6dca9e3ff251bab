package org.meshbridge.server.web.live;

/** A live client's message is not one {@link LiveRequestParser} accepts; the message says why. */
public final class LiveRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    public LiveRequestException(String message) {
        super(message, null, false, false);
    }
}
