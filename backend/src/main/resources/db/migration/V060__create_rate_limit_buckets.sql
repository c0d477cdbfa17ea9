-- Rate-limit token buckets (Bucket4j's PostgreSQL store), shared by every backend instance.
-- One row per policy and subject, e.g. 'writes/120/60:m:42' (member 42's writes) or
-- 'log-in/30/60:ip:203.0.113.7'; `state` is Bucket4j's serialized bucket, locked with
-- SELECT ... FOR UPDATE while a request takes its token. `expires_at` (epoch millis) is when
-- the bucket would be full again: a row past it says nothing a fresh bucket would not, and
-- the cleaner deletes it. Rows of a member (member_id set) go with the member.
CREATE TABLE rate_limit_buckets (
    id          varchar(200) PRIMARY KEY,
    state       bytea,
    expires_at  bigint,
    member_id   bigint REFERENCES members (id) ON DELETE CASCADE
);
CREATE INDEX rate_limit_buckets_expiry ON rate_limit_buckets (expires_at);
CREATE INDEX rate_limit_buckets_by_member ON rate_limit_buckets (member_id) WHERE member_id IS NOT NULL;
