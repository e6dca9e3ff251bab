-- a statement the database refuses
CREATE TABLE fine (x INTEGER);
CREATE TABLE oops (;
