/**
 * Network values and guards shared by the listeners and the config: listen addresses, CIDR
 * ranges, token-bucket rate limits ({@link org.meshbridge.server.net.RateLimiter}) and the jittered
 * exponential reconnect {@link org.meshbridge.server.net.Backoff}.
 */
package org.meshbridge.server.net;
