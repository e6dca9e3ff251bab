/**
 * Accounts of people who use the bridge from the internet: roles and per-room permissions,
 * Argon2id password hashes, session bearer tokens (stored only as hashes), login lockout, and each account's own MeshCore identity, kept on the server.
 *
 * <p>{@link org.meshbridge.server.accounts.Accounts} is the entry point; its blocking methods
 * must not run on a Netty event loop or the node's scheduler thread, its {@code …Async}
 * variants run on its own small executor.
 */
package org.meshbridge.server.accounts;
