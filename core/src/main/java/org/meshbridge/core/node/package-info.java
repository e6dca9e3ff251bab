/**
 * The node engine: {@link org.meshbridge.core.node.MeshNode} receives, deduplicates, routes,
 * decrypts, answers, acknowledges, optionally repeats and advertises like MeshCore firmware
 * v1.17.1, for the several local identities ({@link org.meshbridge.core.node.LocalEndpoint}) it
 * hosts. Single writer on the {@code Scheduler}; every transmission passes an airtime scheduler.
 */
package org.meshbridge.core.node;
