/**
 * Group channels bridged as rooms: {@link org.meshbridge.core.bridge.ChannelRoom} stores what is
 * heard on a channel and, where the operator allowed it, transmits internet posts on it.
 */
package org.meshbridge.core.bridge;
