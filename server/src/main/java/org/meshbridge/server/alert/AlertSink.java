package org.meshbridge.server.alert;

import org.meshbridge.core.nodes.Alert;

/**
 * Somewhere alerts go. {@link #deliver} is called on the node's scheduler thread: hand anything
 * slow to another thread and return.
 */
@FunctionalInterface
public interface AlertSink {

    void deliver(Alert alert);
}
