-- Relationship graph, part 2: counters, invitation settings and connection requests.

-- One row per member with their connection, follower and following counts. Triggers on
-- follows and connections keep them exact in the same transaction as the change, whoever
-- writes the graph; services also lock these rows (in member-id order) to serialize every
-- change that touches a pair of members, which is how the connection limit holds under
-- concurrent accepts.
CREATE TABLE member_graph_counts (
    member_id    bigint  PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    connections  integer NOT NULL DEFAULT 0 CHECK (connections >= 0),
    followers    integer NOT NULL DEFAULT 0 CHECK (followers >= 0),
    following    integer NOT NULL DEFAULT 0 CHECK (following >= 0)
);

INSERT INTO member_graph_counts (member_id, connections, followers, following)
SELECT m.id,
       (SELECT count(*) FROM connections c WHERE c.member_a_id = m.id OR c.member_b_id = m.id),
       (SELECT count(*) FROM follows f WHERE f.followee_id = m.id),
       (SELECT count(*) FROM follows f WHERE f.follower_id = m.id)
FROM members m;

CREATE FUNCTION graph_counts_new_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_graph_counts (member_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER members_graph_counts AFTER INSERT ON members
    FOR EACH ROW EXECUTE FUNCTION graph_counts_new_member();

CREATE FUNCTION graph_counts_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE member_graph_counts SET following = following + 1 WHERE member_id = NEW.follower_id;
        UPDATE member_graph_counts SET followers = followers + 1 WHERE member_id = NEW.followee_id;
    ELSE
        UPDATE member_graph_counts SET following = following - 1 WHERE member_id = OLD.follower_id;
        UPDATE member_graph_counts SET followers = followers - 1 WHERE member_id = OLD.followee_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER follows_graph_counts AFTER INSERT OR DELETE ON follows
    FOR EACH ROW EXECUTE FUNCTION graph_counts_follows();

CREATE FUNCTION graph_counts_connections() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE member_graph_counts SET connections = connections + 1
         WHERE member_id IN (NEW.member_a_id, NEW.member_b_id);
    ELSE
        UPDATE member_graph_counts SET connections = connections - 1
         WHERE member_id IN (OLD.member_a_id, OLD.member_b_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER connections_graph_counts AFTER INSERT OR DELETE ON connections
    FOR EACH ROW EXECUTE FUNCTION graph_counts_connections();

-- Both directions of every connection, so "my connections" is one indexed lookup either way
-- (the planner pushes member_id into each branch: the primary key and connections_by_b).
CREATE VIEW connection_edges AS
    SELECT member_a_id AS member_id, member_b_id AS other_id, created_at FROM connections
    UNION ALL
    SELECT member_b_id AS member_id, member_a_id AS other_id, created_at FROM connections;

-- How a member receives connection requests. No row means the defaults.
CREATE TABLE invitation_settings (
    member_id            bigint      PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    invitation_policy    varchar(20) NOT NULL DEFAULT 'NOTE_REQUIRED',
    auto_follow_generic  boolean     NOT NULL DEFAULT false,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT invitation_settings_policy CHECK (invitation_policy IN ('OPEN', 'NOTE_REQUIRED', 'FOLLOW_ONLY'))
);

-- Connection requests. A request is decided once: PENDING -> ACCEPTED | MADE_FOLLOWER | WITHDRAWN.
CREATE TABLE invitations (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender_id        bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    recipient_id     bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    note             varchar(300),
    -- the note lowercased, without punctuation, names replaced by placeholders: what the
    -- scorer compares to spot the same text pasted to many people
    note_normalized  varchar(400),
    score            smallint     NOT NULL,
    verdict          varchar(10)  NOT NULL,
    reasons          varchar(300) NOT NULL DEFAULT '',
    state            varchar(15)  NOT NULL DEFAULT 'PENDING',
    created_at       timestamptz  NOT NULL DEFAULT now(),
    decided_at       timestamptz,
    CONSTRAINT invitations_not_self CHECK (sender_id <> recipient_id),
    CONSTRAINT invitations_score CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT invitations_verdict CHECK (verdict IN ('PERSONAL', 'GENERIC')),
    CONSTRAINT invitations_state CHECK (state IN ('PENDING', 'ACCEPTED', 'MADE_FOLLOWER', 'WITHDRAWN')),
    CONSTRAINT invitations_decided CHECK ((state = 'PENDING') = (decided_at IS NULL))
);

-- At most one pending request per pair, whichever way it goes.
CREATE UNIQUE INDEX invitations_one_pending_per_pair
    ON invitations (LEAST(sender_id, recipient_id), GREATEST(sender_id, recipient_id))
    WHERE state = 'PENDING';
-- Received lists (newest first or best score first), pending only.
CREATE INDEX invitations_received_by_date ON invitations (recipient_id, created_at DESC, id DESC)
    WHERE state = 'PENDING';
CREATE INDEX invitations_received_by_score ON invitations (recipient_id, score DESC, id DESC)
    WHERE state = 'PENDING';
-- Sent list, weekly limit, pending limit, recent notes and cool-down all read by sender.
CREATE INDEX invitations_sent ON invitations (sender_id, created_at DESC, id DESC);
CREATE INDEX invitations_pair ON invitations (sender_id, recipient_id, decided_at DESC);

-- Newest-first lists (my followers, who I follow, my connections) read these in order, so a
-- page costs the same at 30 or 30,000 rows.
CREATE INDEX follows_by_follower_recent ON follows (follower_id, created_at DESC, followee_id DESC);
CREATE INDEX follows_by_followee_recent ON follows (followee_id, created_at DESC, follower_id DESC);
CREATE INDEX connections_by_a_recent ON connections (member_a_id, created_at DESC, member_b_id DESC);
CREATE INDEX connections_by_b_recent ON connections (member_b_id, created_at DESC, member_a_id DESC);
