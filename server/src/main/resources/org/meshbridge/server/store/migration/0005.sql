-- companion inboxes: messages for an account's companion apps that no app has read yet, so they
-- survive a restart. At most 512 per account (VirtualCompanions.INBOX_CAPACITY): the server forgets
-- the oldest beyond that, and every message once each connected app has read it.
-- kind: 0 direct message (peer = sender key hex, txt_type, author_prefix hex for room posts),
--       1 channel message (channel_idx). snr_qdb/rssi_dbm: NULL when it never crossed the radio.

CREATE TABLE companion_inbox (
    account        TEXT NOT NULL,
    seq            BIGINT NOT NULL,
    kind           SMALLINT NOT NULL,
    peer           TEXT,
    channel_idx    INTEGER,
    path_len       INTEGER NOT NULL,
    txt_type       INTEGER NOT NULL,
    sender_ts      BIGINT NOT NULL,
    author_prefix  TEXT,
    body           TEXT NOT NULL,
    snr_qdb        INTEGER,
    rssi_dbm       INTEGER,
    CONSTRAINT companion_inbox_account_seq PRIMARY KEY (account, seq)
);
