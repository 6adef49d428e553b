-- The hash of a source's body as its last settled round read it: a source that sends the same bytes again (most
-- often one that gives no validators for a conditional GET) is not parsed again.
ALTER TABLE watch_sources ADD COLUMN body_hash VARCHAR(64);
