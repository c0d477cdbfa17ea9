-- Blocking: the blocker and the blocked no longer see each other's profile and cannot follow,
-- connect or invite each other. Blocking removes any connection, follows and pending
-- requests between the two (done by BlockService in the same transaction).
CREATE TABLE blocks (
    blocker_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    blocked_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker_id, blocked_id),
    CONSTRAINT blocks_not_self CHECK (blocker_id <> blocked_id)
);
CREATE INDEX blocks_by_blocked ON blocks (blocked_id, blocker_id);
CREATE INDEX blocks_by_blocker_recent ON blocks (blocker_id, created_at DESC, blocked_id DESC);
