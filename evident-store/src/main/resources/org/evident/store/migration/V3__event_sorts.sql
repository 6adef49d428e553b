-- Pages of events sorted latest first (undated last) or by toll walk these indexes and stop at the page's end.
CREATE INDEX events_latest_first ON events (span_latest DESC NULLS LAST, id DESC);
CREATE INDEX events_dead ON events (dead_max DESC NULLS LAST, id DESC);
