-- The relationship graph. Following is one-sided; a connection is mutual and stored once,
-- with the smaller id first, so "are A and B connected" is a single primary-key lookup.
-- Accepting a connection also makes each follow the other; unfollowing a connection keeps
-- the connection but quiets their posts (the home feed reads follows, not connections).
CREATE TABLE follows (
    follower_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    followee_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower_id, followee_id),
    CONSTRAINT follows_not_self CHECK (follower_id <> followee_id)
);
CREATE INDEX follows_by_followee ON follows (followee_id, follower_id);

CREATE TABLE connections (
    member_a_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    member_b_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_a_id, member_b_id),
    CONSTRAINT connections_ordered CHECK (member_a_id < member_b_id)
);
CREATE INDEX connections_by_b ON connections (member_b_id, member_a_id);
