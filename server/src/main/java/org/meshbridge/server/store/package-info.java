/**
 * The JDBC store: {@link org.meshbridge.core.room.PostStore},
 * {@link org.meshbridge.core.room.AclStore}, the companions' inboxes, the MQTT outbox and the node
 * registry ({@link org.meshbridge.core.nodes.NodeStore}) on SQLite (the default, one file in the data
 * directory) or PostgreSQL (several instances), with the same schema and versioned migrations.
 *
 * <p>{@link org.meshbridge.server.store.Stores#open} is the entry point. Every write goes
 * through one writer thread that commits in batches (group commit); an append's stage
 * completes only after its batch committed. Reads use a small pool of other connections.
 * See {@code docs/storage.md}.
 */
package org.meshbridge.server.store;
