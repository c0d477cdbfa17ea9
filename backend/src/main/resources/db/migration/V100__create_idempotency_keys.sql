-- Idempotency keys (app.rapport.common.idempotency): the first answer to each creating POST a
-- member sent with an Idempotency-Key header, so that a retry with the same key replays it
-- instead of creating again. The row is inserted in the same transaction as what the request
-- creates, so both are there or neither is; a concurrent duplicate waits on the primary key.
-- `fingerprint` is a SHA-256 of the operation and its arguments (path and body): the same key
-- with another request is refused. Rows older than rapport.idempotency.lifetime (24 h) are
-- ignored and purged. Rows go with their member.
CREATE TABLE idempotency_keys (
    member_id        bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    idempotency_key  varchar(255) NOT NULL,
    operation        varchar(100) NOT NULL,
    fingerprint      bytea        NOT NULL,
    status           smallint,
    location         varchar(2000),
    body             bytea,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, idempotency_key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
