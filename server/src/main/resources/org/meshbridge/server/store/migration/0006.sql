-- node registry: every node the bridge heard and what its liveness monitor remembers of it
-- So a restart forgets no node: its observed advert interval (gaps_ms), its liveness state and the
-- alerts already sent survive. One row per bridge (its public key, lowercase hex: instances sharing a
-- PostgreSQL database keep theirs apart) and node (its public key). Times *_ms are epoch ms on the
-- bridge's clock; last_advert_s is the timestamp inside the node's latest advert (epoch seconds,
-- its own clock). gaps_ms: the recent gaps between its adverts, oldest first, comma-separated ms.
-- state: online | late | offline. silence_alerted: node_late | node_silent | NULL (none alerted).
-- Booleans are 0/1. mesh_node_heard: per bridge, the last moment it is known to have heard the mesh;
-- the time from there until the next start counts as deaf time (docs/monitoring.md).

CREATE TABLE mesh_node (
    bridge              VARCHAR(64) NOT NULL,
    node_id             VARCHAR(64) NOT NULL,
    name                TEXT NOT NULL,
    role                VARCHAR(16) NOT NULL,
    first_heard_ms      BIGINT NOT NULL,
    last_heard_ms       BIGINT NOT NULL,
    last_advert_s       BIGINT,
    adverts_heard       BIGINT NOT NULL,
    gaps_ms             TEXT NOT NULL,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    battery_mv          INTEGER,
    battery_pct         INTEGER,
    battery_at_ms       BIGINT,
    snr_qdb             INTEGER,
    rssi_dbm            INTEGER,
    hops                INTEGER NOT NULL,
    link_id             TEXT NOT NULL,
    state               VARCHAR(8) NOT NULL,
    state_since_ms      BIGINT NOT NULL,
    battery_low         INTEGER NOT NULL,
    reference_ms        BIGINT NOT NULL,
    silent_since_ms     BIGINT NOT NULL,
    silence_alerted     VARCHAR(16),
    silence_alert_ms    BIGINT,
    flap_penalty        DOUBLE PRECISION NOT NULL,
    flap_penalty_at_ms  BIGINT NOT NULL,
    damped              INTEGER NOT NULL,
    battery_alerted     INTEGER NOT NULL,
    battery_alert_ms    BIGINT,
    CONSTRAINT mesh_node_bridge_node PRIMARY KEY (bridge, node_id)
);

CREATE TABLE mesh_node_heard (
    bridge          VARCHAR(64) NOT NULL,
    heard_until_ms  BIGINT NOT NULL,
    CONSTRAINT mesh_node_heard_bridge PRIMARY KEY (bridge)
);
