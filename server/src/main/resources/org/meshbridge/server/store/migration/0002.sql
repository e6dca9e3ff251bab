-- accounts and their sessions
-- An account's password is an Argon2id PHC string; its mesh identity is the MeshCore key pair
-- (expanded private key and public key, lowercase hex) that never leaves the server. rooms is
-- "room=read|post" entries joined by ",", "*" standing for every room. A session is stored only
-- as the SHA-256 of its bearer token.

CREATE TABLE account (
    name             VARCHAR(32) NOT NULL,
    role             VARCHAR(16) NOT NULL,
    rooms            TEXT NOT NULL,
    password_hash    TEXT NOT NULL,
    mesh_key         VARCHAR(192) NOT NULL,
    created_at_ms    BIGINT NOT NULL,
    updated_at_ms    BIGINT NOT NULL,
    CONSTRAINT account_name PRIMARY KEY (name)
);

CREATE TABLE account_session (
    token_hash       VARCHAR(64) NOT NULL,
    account          VARCHAR(32) NOT NULL,
    created_at_ms    BIGINT NOT NULL,
    expires_at_ms    BIGINT NOT NULL,
    CONSTRAINT account_session_hash PRIMARY KEY (token_hash)
);

CREATE INDEX account_session_account ON account_session (account);

CREATE INDEX account_session_expiry ON account_session (expires_at_ms);
