-- Whether a record's text gave no date, so that its day range is only its article's publication day and the days
-- before it: such a report published weeks after an event may be a follow-up of it (MergeRule). Records stored
-- before this column read as dated, which keeps their merging as it was.
ALTER TABLE records ADD COLUMN undated BOOLEAN DEFAULT FALSE NOT NULL;
