-- Totals of filtered event pages count distinct events from these indexes without reading the records' rows;
-- the reports sort walks its own index.
CREATE INDEX IF NOT EXISTS records_category_event ON records (category, event_id);
CREATE INDEX IF NOT EXISTS records_status_event ON records (status, event_id);
CREATE INDEX IF NOT EXISTS records_country_event ON records (country_code, event_id);
CREATE INDEX IF NOT EXISTS events_reports ON events (articles DESC, id DESC);
