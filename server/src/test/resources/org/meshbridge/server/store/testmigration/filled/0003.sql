-- note tags
CREATE TABLE note_tag (note_id BIGINT NOT NULL, tag TEXT NOT NULL);
