-- Personal access tokens for third-party clients. The secret is a JWT naming this row (claim
-- "pat"); the row holds what can change after issuing: revocation and last use.
CREATE TABLE access_tokens (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id     bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    name          varchar(100) NOT NULL,
    scopes        varchar(40)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    expires_at    timestamptz  NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    CONSTRAINT access_tokens_scopes CHECK (scopes IN ('READ', 'WRITE', 'READ WRITE')),
    CONSTRAINT access_tokens_name_not_blank CHECK (length(btrim(name)) > 0),
    CONSTRAINT access_tokens_expiry CHECK (expires_at > created_at)
);
CREATE INDEX access_tokens_by_member ON access_tokens (member_id, created_at DESC) WHERE revoked_at IS NULL;
