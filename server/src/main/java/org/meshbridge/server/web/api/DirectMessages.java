package org.meshbridge.server.web.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Direct messages between an account's mesh identity and mesh nodes (the account's virtual
 * companion). Thread-safe.
 */
public interface DirectMessages {

    /** A conversation partner: the node and the newest message. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"node_id", "name", "last", "unread"})
    record Conversation(@com.fasterxml.jackson.annotation.JsonProperty("node_id") String nodeId, String name, DmView last,
                        int unread) {
    }

    /** Whether direct messages work in this run (a virtual companion per account). */
    boolean available();

    /** The account's conversations, newest first. */
    List<Conversation> conversations(String account);

    /**
     * The newest {@code limit} messages with {@code nodeId} whose id is below {@code beforeId}
     * ({@link Long#MAX_VALUE} for the newest), newest first; clears the conversation's unread
     * count. Empty when there is no conversation with the node and it was never heard.
     */
    Optional<List<DmView>> messages(String account, String nodeId, long beforeId, int limit);

    /**
     * Sends {@code text} to {@code nodeId}; completes with the message as queued (state
     * pending); later state changes come as {@code delivery} live events.
     *
     * @throws IllegalArgumentException (in the stage) for an unknown node or a text that does not fit
     */
    CompletionStage<DmView> send(String account, String nodeId, String text);

    /** The most text bytes one direct message carries. */
    int maxTextBytes();
}
