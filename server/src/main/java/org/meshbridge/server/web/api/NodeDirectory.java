package org.meshbridge.server.web.api;

import java.util.List;

/** The nodes heard on the mesh, for {@code GET /api/v1/nodes}. Thread-safe. */
@FunctionalInterface
public interface NodeDirectory {

    /** Every node known now, most recently heard first. */
    List<NodeView> nodes();
}
