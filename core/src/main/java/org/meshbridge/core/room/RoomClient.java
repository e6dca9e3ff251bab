package org.meshbridge.core.room;

import java.util.concurrent.CompletionStage;
import org.meshbridge.protocol.crypto.Identity;

/**
 * One client in a room's ACL (firmware {@code ClientInfo} with its room extras). The first four
 * fields are kept in the {@link AclStore}; the rest lives as long as the room runs. Confined to
 * the scheduler thread.
 */
final class RoomClient {

    final Identity identity;
    RoomRole role;
    /** The client's newest accepted timestamp, by its clock ({@code last_timestamp}). */
    long lastTimestamp;
    /** Posts newer than this are still to be pushed, by the room's clock ({@code sync_since}). */
    long syncSince;
    /** When it was last heard, epoch seconds by the room's clock; 0 = never since the ACL was loaded. */
    long lastActivity;

    /** Failed push attempts since it was last heard ({@code push_failures}). */
    int pushFailures;
    /** A push to it waits for its ACK ({@code pending_ack != 0}). */
    boolean pushing;
    /** Bumped by every login, so a push started before it cannot move the cursor the login set. */
    int generation;
    /** The end of a run of the client's own posts right after its cursor: pushes skip them without reading them again. */
    long ownRunEnd;
    /** The sender timestamp of its last post and that post's store stage (retries wait for it). */
    long lastPostTimestamp = -1;
    CompletionStage<Post> lastPost;

    RoomClient(Identity identity, RoomRole role) {
        this.identity = identity;
        this.role = role;
    }

    static RoomClient from(AclEntry entry) {
        RoomClient c = new RoomClient(Identity.of(entry.publicKey()), RoomRole.fromCode(entry.permissions()).orElseThrow());
        c.lastTimestamp = entry.lastTimestamp();
        c.syncSince = entry.syncSince();
        c.lastActivity = entry.lastActivityEpochSeconds();
        return c;
    }

    AclEntry toEntry(String room) {
        return new AclEntry(room, identity.publicKey(), role.code(), lastTimestamp, syncSince, lastActivity);
    }

    /** The firmware's eligibility: no ACK awaited, heard since loaded, fewer than 3 failures. */
    boolean canReceivePush() {
        return !pushing && lastActivity != 0 && pushFailures < RoomConstants.MAX_PUSH_FAILURES;
    }

    /** Heard from: activity now, push failures forgiven ({@code push_failures = 0}). */
    void heard(long nowEpochSeconds) {
        lastActivity = nowEpochSeconds;
        pushFailures = 0;
    }

    /** Moves the push cursor; a cursor set back forgets the skipped run of own posts. */
    void setSyncSince(long value) {
        if (value < syncSince) {
            ownRunEnd = 0;
        }
        syncSince = value;
    }
}
