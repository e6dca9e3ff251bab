/**
 * {@code meshbridge watch}: a standalone watchdog that reads node states from any MQTT broker
 * ({@code {p}/nodes/+}, {@code docs/mqtt/node.schema.json}), runs them through the same liveness
 * rules as the server ({@link org.meshbridge.core.nodes.LivenessRules}) and sends silence and
 * recovery alerts to the log, webhooks and optionally {@code {p}/alerts/...}.
 */
package org.meshbridge.server.watch;
