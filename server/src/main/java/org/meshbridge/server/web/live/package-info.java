/**
 * Live events on {@code /ws}: {@link org.meshbridge.server.web.live.LiveHub} authenticates each
 * upgrade with a bearer token, keeps the connected clients, and fans each published
 * {@link org.meshbridge.server.web.live.LiveEvent} out to those whose account may see it, encoded
 * once. Slow clients are disconnected rather than buffered without bound.
 */
package org.meshbridge.server.web.live;
