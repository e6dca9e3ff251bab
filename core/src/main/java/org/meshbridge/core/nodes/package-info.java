/**
 * Nodes heard on the mesh and their liveness: {@link org.meshbridge.core.nodes.NodeRegistry}
 * (every node heard, as immutable {@link org.meshbridge.core.nodes.NodeSnapshot}s readable from
 * any thread), the liveness rules that turn silence, battery readings and bridge faults into
 * {@link org.meshbridge.core.nodes.Alert}s, and {@link org.meshbridge.core.nodes.NodeRegistryListener}
 * to receive both. {@link org.meshbridge.core.nodes.NodeJournal} keeps the registry and what the
 * rules remember in a {@link org.meshbridge.core.nodes.NodeStore} (a port the server implements
 * on its database) across restarts. Pure core: no I/O, time only from the {@code Scheduler}.
 */
package org.meshbridge.core.nodes;
