-- Articles saved by a process that does not hold the text index (another process, such as evident serve, holds
-- its only writer): the process that holds it indexes them, commits the index, and then deletes their rows. A row
-- is written in the article's own transaction, so an article is either indexed, queued, or not stored.
CREATE TABLE index_queue (
    article_id VARCHAR(64) PRIMARY KEY REFERENCES articles (id)
);
