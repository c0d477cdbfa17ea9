-- Idempotency keys without secrets at rest (app.rapport.common.idempotency.IdempotencyCipher).
-- V100 kept each member's raw Idempotency-Key and the first answer in clear, so a copy of the
-- table (a backup, a replica, a support query) held working secrets: the token of every access
-- token created with a key, event tickets. Now a row is found by `key_hash`, derived (HKDF-SHA256)
-- from the raw key, the member and a pepper drawn from the server's token-signing key; the
-- answer's Location and body are in `answer`, sealed with AES-256-GCM under a key derived the same
-- way, which only a request presenting the key again can rebuild; `fingerprint` is keyed too.
-- `status` stays in clear: it marks a row whose answer is stored (NULL while the first request runs).
-- Existing rows are dropped, not converted: their raw keys must go, and they replay for at most
-- 24 hours anyway (rapport.idempotency.lifetime); a retry of one of them after this migration
-- runs as a new request.
DROP TABLE idempotency_keys;

CREATE TABLE idempotency_keys (
    member_id    bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    key_hash     bytea        NOT NULL CHECK (octet_length(key_hash) = 32),
    operation    varchar(100) NOT NULL,
    fingerprint  bytea        NOT NULL,
    status       smallint,
    answer       bytea,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, key_hash),
    CHECK ((status IS NULL) = (answer IS NULL))
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
