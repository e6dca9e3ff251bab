/**
 * {@code /metrics}: Micrometer meters over snapshots of the node, its airtime budgets, the node
 * registry and the rooms, served as Prometheus text. Meters never touch core state: the scheduler
 * thread hands {@link org.meshbridge.server.metrics.MeshMetrics} an immutable
 * {@link org.meshbridge.server.metrics.MeshSnapshot}, and scrapes read the latest one.
 */
package org.meshbridge.server.metrics;
