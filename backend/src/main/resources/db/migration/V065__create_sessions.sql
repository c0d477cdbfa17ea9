-- Log-in sessions. Every JWT from log-in or sign-up names its row (claim "sid"); each request
-- with such a token looks the row up by primary key, so ending a session (log out, "end my
-- other sessions", a password change, account deletion) stops its token at once.
CREATE TABLE sessions (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id            bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at           timestamptz  NOT NULL,
    -- touched at most every few minutes (coarse on purpose: no write per request)
    last_seen_at         timestamptz  NOT NULL,
    user_agent           varchar(300),
    ip                   varchar(45),
    expires_at           timestamptz  NOT NULL,
    ended_at             timestamptz,
    -- the last time this session proved it knows the password (log-in, sign-up, re-check);
    -- creating a personal access token needs a recent one
    password_checked_at  timestamptz  NOT NULL,
    CONSTRAINT sessions_expiry CHECK (expires_at > created_at)
);
-- "My sessions", newest first; live ones only.
CREATE INDEX sessions_live_by_member ON sessions (member_id, created_at DESC, id DESC) WHERE ended_at IS NULL;
