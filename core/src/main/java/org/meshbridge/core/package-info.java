/** The node and its services: routing, ACKs, airtime, rooms, liveness; the ports and the simulated mesh. */
package org.meshbridge.core;
