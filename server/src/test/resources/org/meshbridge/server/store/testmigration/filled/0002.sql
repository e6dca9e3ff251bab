-- note authors
ALTER TABLE note ADD COLUMN author TEXT;
CREATE INDEX note_author ON note (author);
