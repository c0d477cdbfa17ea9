-- Feed indexes carry what the feed filters on, so both plans are index-only scans (measured on
-- the benchmark dataset: the per-author plan of a typical member went from ~1,600 heap pages
-- to a few dozen index pages).
DROP INDEX posts_by_author;
CREATE INDEX posts_by_author ON posts (author_id, created_at DESC, id DESC) INCLUDE (visibility);
DROP INDEX posts_newest;
CREATE INDEX posts_newest ON posts (created_at DESC, id DESC) INCLUDE (author_id, visibility);
