/**
 * The companion-protocol TCP listener (spec §9, device end): stock MeshCore apps connect to it as to
 * a WiFi companion radio, and each connection is a session of its listener's account's
 * {@link org.meshbridge.core.companion.VirtualCompanion}. See {@code docs/companion.md}.
 */
package org.meshbridge.server.companion;
