package org.meshbridge.server.web;

/**
 * What serves a {@link WebSocketRoute}: it is told of each upgraded connection and returns the
 * handler for that connection's messages. Calls for one connection come from one Netty thread at a
 * time; keep them short and hand real work to the owner's own thread.
 */
@FunctionalInterface
public interface WebSocketEndpoint {

    /** A connection finished its handshake; the returned handler receives its messages. */
    Connection open(WebSocketSession session);

    /** The handler of one connection. */
    interface Connection {

        /** One complete text message (fragments already joined, size already capped). */
        void onText(String text);

        /** The connection is gone (either side closed it, or the network failed). Called once. */
        void onClose();
    }
}
