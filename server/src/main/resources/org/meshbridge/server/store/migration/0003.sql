-- read markers: how far each web account has read each room (unread counts in the web app)
-- last_read_ts is the room post timestamp (post.ts) of the newest post the account has seen.

CREATE TABLE read_marker (
    account       TEXT NOT NULL,
    room          TEXT NOT NULL,
    last_read_ts  BIGINT NOT NULL,
    CONSTRAINT read_marker_account_room PRIMARY KEY (account, room)
);
