/**
 * The MQTT bridge (issue 7, {@code docs/mqtt.md}): a typed, versioned JSON feed of room posts,
 * node states, alerts and the server's health, published at least once and in order through a
 * durable outbox; optional posting from MQTT; optional community observer output. Built on the
 * HiveMQ MQTT client (MQTT 5 and 3.1.1 over TCP, TLS and WebSocket). {@link
 * org.meshbridge.server.mqtt.MqttBridge} is the entry point.
 */
package org.meshbridge.server.mqtt;
