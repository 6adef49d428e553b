-- Queries list events latest first; broad filters walk this index from the top and stop at the limit.
CREATE INDEX events_span_latest ON events (span_latest, id);
