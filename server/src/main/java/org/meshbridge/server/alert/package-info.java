/**
 * Alert sinks besides MQTT: signed webhooks with retries ({@link org.meshbridge.server.alert.WebhookSink}),
 * the log ({@link org.meshbridge.server.alert.LogSink}) and direct messages over the mesh to
 * admin nodes ({@link org.meshbridge.server.alert.MeshDmSink}). Each takes alerts on the
 * scheduler thread and never blocks it.
 */
package org.meshbridge.server.alert;
