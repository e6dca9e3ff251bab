/**
 * Nodes heard on the mesh and their liveness: {@link org.meshbridge.core.nodes.NodeRegistry}
 * (every node heard, as immutable {@link org.meshbridge.core.nodes.NodeSnapshot}s readable from
 * any thread), the liveness rules that turn silence, battery readings and bridge faults into
 * {@link org.meshbridge.core.nodes.Alert}s, and {@link org.meshbridge.core.nodes.NodeRegistryListener}
 * to receive both. Pure core: no I/O, time only from the {@code Scheduler}.
 */
package org.meshbridge.core.nodes;
