-- companion channel slots an account set or cleared itself (CMD_SET_CHANNEL from a stock app),
-- laid over the server's channels when the account's companion opens, so an app's channels survive
-- a restart as they do in a real radio's flash. One row per slot the account changed.
-- name '' with channel_key NULL: the app cleared the slot. channel_key: the secret in hex
-- (32 digits; 64 for a 32-byte secret).

CREATE TABLE companion_channel (
    account      TEXT NOT NULL,
    idx          INTEGER NOT NULL,
    name         TEXT NOT NULL,
    channel_key  TEXT,
    CONSTRAINT companion_channel_account_idx PRIMARY KEY (account, idx)
);
