-- room posts and access lists
-- Types both SQLite and PostgreSQL accept unchanged; keys are lowercase hex so a dump reads the
-- same on both. Timestamps: ts is the room's post timestamp (epoch seconds, u32), *_ms epoch ms.

CREATE TABLE post (
    id           ${generated_id},
    room         TEXT NOT NULL,
    ts           BIGINT NOT NULL,
    author_key   VARCHAR(64),
    author_name  TEXT NOT NULL,
    origin       VARCHAR(16) NOT NULL,
    body         TEXT NOT NULL,
    stored_at_ms BIGINT NOT NULL,
    -- One post per room timestamp; its index serves every read (room, ts range, either order).
    CONSTRAINT post_room_ts UNIQUE (room, ts)
);

CREATE TABLE acl_entry (
    room             TEXT NOT NULL,
    public_key       VARCHAR(64) NOT NULL,
    permissions      INTEGER NOT NULL,
    last_timestamp   BIGINT NOT NULL,
    sync_since       BIGINT NOT NULL,
    last_activity_s  BIGINT NOT NULL,
    CONSTRAINT acl_entry_room_key PRIMARY KEY (room, public_key)
);
