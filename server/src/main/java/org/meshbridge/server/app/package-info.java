/**
 * The composition root: the only package that knows every other one. From a
 * {@link org.meshbridge.server.app.Launch} (the demo, or a checked config file) it builds the
 * identity, the radio and its airtime budget, the node, the packet log and HTTP
 * ({@link org.meshbridge.server.app.MeshbridgeServer}), prints the banner, and stops everything
 * on shutdown.
 */
package org.meshbridge.server.app;
