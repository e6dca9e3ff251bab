package org.meshbridge.core.room;

import java.util.concurrent.CompletionStage;

/** A room the server hosts that internet users can post to: a room server or a bridged channel. */
public interface HostedRoom {

    /** The configured name, unique per server. */
    String name();

    /**
     * Stores a post by an internet user and lets the room carry it to RF (pushes, or the channel
     * when the operator allowed it). Call on the scheduler thread; {@link Rooms#post} does that for you.
     *
     * @return completes once the post is durable
     */
    CompletionStage<Post> postFromInternet(String author, String text);
}
