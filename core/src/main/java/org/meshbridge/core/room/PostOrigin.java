package org.meshbridge.core.room;

/** Where a post came from; stored with it and shown to readers. */
public enum PostOrigin {
    /** A logged-in MeshCore client posted it over the air. */
    RF,
    /** An internet user (web, REST, companion-over-TCP, MQTT) posted it. */
    INTERNET,
    /** Heard on a bridged group channel; the sender name is unauthenticated text. */
    CHANNEL,
    /** Posted by the room itself (admin {@code room.post}, notices). */
    SYSTEM
}
