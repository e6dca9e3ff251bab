/**
 * Network values and guards shared by the listeners and the config: listen addresses, CIDR
 * ranges, and token-bucket rate limits ({@link org.meshbridge.server.net.RateLimiter}).
 */
package org.meshbridge.server.net;
