package org.meshbridge.core.room;

import java.time.Clock;
import java.time.ZoneOffset;
import org.meshbridge.core.time.ManualScheduler;

/** The room scenarios on the in-memory stores. */
class InMemoryRoomScenariosIT extends RoomScenarios {

    @Override
    protected PostStore newPostStore() {
        return new InMemoryPostStore(Clock.fixed(ManualScheduler.DEFAULT_START, ZoneOffset.UTC));
    }

    @Override
    protected AclStore newAclStore() {
        return new InMemoryAclStore();
    }
}
