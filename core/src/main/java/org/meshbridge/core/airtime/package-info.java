/**
 * The airtime budget: {@link org.meshbridge.core.airtime.AirtimeScheduler} is the one transmit
 * scheduler every transmission passes. It keeps a rolling duty-cycle limit, orders frames by
 * {@link org.meshbridge.core.airtime.TxPriority}, caps the share internet-originated traffic may
 * use, bounds its queue, keeps one frame in flight on the radio, and counts every delay and drop
 * with its reason. It runs on the node's {@code Scheduler} thread and owns no threads.
 */
package org.meshbridge.core.airtime;
