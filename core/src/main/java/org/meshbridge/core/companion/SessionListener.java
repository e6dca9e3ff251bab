package org.meshbridge.core.companion;

/**
 * What a {@link CompanionSession} is told, on the node's scheduler thread. Return quickly and
 * never block (hand the work to your own thread or event loop).
 */
public interface SessionListener {

    /** The session's queue went from empty to not empty ({@code PUSH_CODE_MSG_WAITING}). */
    void onMessageWaiting();

    /** A node was heard advertising (new or updated contact; {@code PUSH_CODE_ADVERT}). */
    default void onNodeHeard(CompanionContact contact) {
    }
}
