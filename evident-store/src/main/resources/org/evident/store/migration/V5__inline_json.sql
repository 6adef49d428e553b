-- Records and event summaries are read by the page: on H2 a CLOB lives outside its row and costs a lookup each
-- (measured 2.7 times slower for a page of 130 rows), so they become ${inline_text}, which H2 keeps in the row.
-- Article bodies stay ${text}: they are long and read one at a time. On PostgreSQL both are TEXT, and this changes
-- nothing.
ALTER TABLE records ALTER COLUMN json SET DATA TYPE ${inline_text};
ALTER TABLE events ALTER COLUMN summary SET DATA TYPE ${inline_text};
