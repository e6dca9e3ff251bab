package org.meshbridge.core.airtime;

/** Where the traffic behind a transmission came from; internet traffic has its own airtime cap. */
public enum TrafficOrigin {
    /** The node itself, or the mesh: ACKs, adverts, replies, forwarded packets, room pushes to RF clients. */
    LOCAL,
    /** Started by someone on the internet: a web, REST, MQTT or companion-over-TCP user. */
    INTERNET
}
