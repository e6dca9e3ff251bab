/**
 * Remote radio gateways (see {@code docs/gateways.md}). A gateway at a remote site owns a radio and
 * talks to the server over a WebSocket ({@link org.meshbridge.server.gateway.GatewayProtocol#PATH},
 * JSON text messages, TLS for anything remote). Server side: {@link
 * org.meshbridge.server.gateway.GatewayRegistry} authenticates gateways ({@link
 * org.meshbridge.server.gateway.GatewayTokens}) and turns each into a {@link
 * org.meshbridge.server.gateway.GatewayRadioLink}. Gateway side: {@link
 * org.meshbridge.server.gateway.GatewayClient}.
 */
package org.meshbridge.server.gateway;
