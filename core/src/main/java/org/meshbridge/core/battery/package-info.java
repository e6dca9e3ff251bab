/**
 * Battery readings from the mesh: status and telemetry replies decoded into
 * {@link org.meshbridge.core.nodes.NodeRegistry#reportBattery}, from requests anyone on this
 * server makes ({@link BatteryReports}) and from an optional periodic poll ({@link BatteryPoller}).
 */
package org.meshbridge.core.battery;
