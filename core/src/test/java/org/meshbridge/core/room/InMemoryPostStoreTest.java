package org.meshbridge.core.room;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InMemoryPostStoreTest extends PostStoreContract {

    @Override
    protected PostStore store() {
        return new InMemoryPostStore(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }
}
