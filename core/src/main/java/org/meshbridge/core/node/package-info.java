/**
 * The node engine: {@link org.meshbridge.core.node.MeshNode} receives, deduplicates, routes,
 * decrypts, answers, acknowledges, optionally repeats and advertises like MeshCore firmware
 * v1.17.1, for the several local identities ({@link org.meshbridge.core.node.LocalEndpoint}) it
 * hosts. Single writer on the {@code Scheduler}; every transmission passes an airtime scheduler.
 * All sealing, opening and signing is the protocol library's ({@code PeerLink},
 * {@code GroupTextPayload.seal}, {@code AdvertPayload.sign}); the node only caches one
 * {@code PeerLink} per local identity and peer.
 *
 * <p>Links come and go at run time (remote gateways) and are used only while Up: floods and
 * adverts on every Up link, direct packets and replies on the link the peer was last heard on.
 * Text messages end {@link org.meshbridge.core.node.Delivery.Delivered Delivered} or
 * {@link org.meshbridge.core.node.Delivery.Failed Failed} (no ACK, or no link up); an ACK arriving
 * within {@link org.meshbridge.core.node.RetryPolicy#lateAckGrace()} after giving up is reported
 * to listeners as {@link org.meshbridge.core.node.Delivery.DeliveredLate DeliveredLate}.
 */
package org.meshbridge.core.node;
