-- notes
CREATE TABLE note (
    id   ${generated_id},
    body TEXT NOT NULL
);
