/**
 * Room servers with durable history: {@link org.meshbridge.core.room.Room} (a MeshCore room
 * server on a {@link org.meshbridge.core.node.MeshNode}, spec §7), its configuration
 * {@link org.meshbridge.core.room.RoomConfig}, the store ports
 * {@link org.meshbridge.core.room.PostStore} and {@link org.meshbridge.core.room.AclStore}, the
 * {@link org.meshbridge.core.room.Rooms} service integrations post through, and the
 * {@link org.meshbridge.core.room.RoomEvents} stream they subscribe to. Everything runs on the
 * node's scheduler thread except {@code Rooms.post} and the store adapters.
 */
package org.meshbridge.core.room;
