-- MQTT outbox
-- Messages the MQTT bridge produced and the broker has not acknowledged yet, in the order they
-- were produced (seq, per bridge client id). Rows are deleted once the broker acknowledged
-- them; after a restart the remaining rows are published first, in seq order.

CREATE TABLE mqtt_outbox (
    bridge        VARCHAR(64) NOT NULL,
    seq           BIGINT NOT NULL,
    topic         TEXT NOT NULL,
    payload       TEXT NOT NULL,
    retain        INTEGER NOT NULL,
    created_at_ms BIGINT NOT NULL,
    CONSTRAINT mqtt_outbox_bridge_seq PRIMARY KEY (bridge, seq)
);
