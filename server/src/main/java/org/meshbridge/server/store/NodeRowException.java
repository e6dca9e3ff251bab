package org.meshbridge.server.store;

/**
 * A kept node's row ({@code mesh_node}) cannot be read back: a column holds what meshbridge never
 * writes (edited by hand, written by a different release, damaged). Checked: the loader must skip
 * the node, not fail the start.
 */
public final class NodeRowException extends Exception {

    public NodeRowException(String message) {
        super(message, null, false, false);
    }
}
