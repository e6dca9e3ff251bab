-- web direct messages: each account's conversations with mesh nodes, kept across restarts
-- id: increasing per account (the server hands it out). direction: in | out. at_ms: when the
-- server sent (out) or received (in) it, epoch ms; sender_ts: the sender's clock for in (epoch
-- seconds), NULL for out. state: pending | delivered | failed for out, received for in; a message
-- still pending when the server starts is set to failed. unread: 1 for an incoming message its
-- account has not opened. snr_qdb/rssi_dbm/path_len: how an incoming message was heard, NULL when
-- it never crossed the radio. The newest 200 per conversation and 10000 per account are kept
-- (DmStore.PER_CONVERSATION, DmStore.PER_ACCOUNT).

CREATE TABLE dm_message (
    account      TEXT NOT NULL,
    id           BIGINT NOT NULL,
    peer         VARCHAR(64) NOT NULL,
    direction    VARCHAR(3) NOT NULL,
    body         TEXT NOT NULL,
    at_ms        BIGINT NOT NULL,
    sender_ts    BIGINT,
    state        VARCHAR(16) NOT NULL,
    attempts     INTEGER NOT NULL,
    state_at_ms  BIGINT NOT NULL,
    unread       SMALLINT NOT NULL,
    snr_qdb      INTEGER,
    rssi_dbm     INTEGER,
    path_len     INTEGER,
    CONSTRAINT dm_message_account_id PRIMARY KEY (account, id)
);

CREATE INDEX dm_message_conversation ON dm_message (account, peer, id);
