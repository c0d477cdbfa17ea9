-- What a member can see of each relationship, one row per (owner, other): whether they are
-- connected and since when, how they met, and the interactions between them from the owner's
-- side. Messages and public comments and likes count on both rows; a note counts only on its
-- writer's row (notes are private). Kept exact in the same transaction as each change: the
-- connection columns by the trigger below (whoever writes the graph), the interactions by the
-- relationships feature observing the events of the features that make them.
CREATE TABLE relationship_activity (
    owner_id             bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    other_id             bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    connected            boolean     NOT NULL DEFAULT false,
    connected_at         timestamptz,
    -- how the connection was made, from the owner's side (NULL: no record)
    met_via              varchar(20),
    invitation_id        bigint      REFERENCES invitations (id) ON DELETE SET NULL,
    introduced_by_id     bigint      REFERENCES members (id) ON DELETE SET NULL,
    last_interaction_at  timestamptz,
    last_kind            varchar(20),
    messages_from_me     integer     NOT NULL DEFAULT 0,
    messages_to_me       integer     NOT NULL DEFAULT 0,
    -- comments and likes, the public interactions anyone may see
    public_from_me       integer     NOT NULL DEFAULT 0,
    public_to_me         integer     NOT NULL DEFAULT 0,
    notes                integer     NOT NULL DEFAULT 0,
    last_from_me_at      timestamptz,
    last_to_me_at        timestamptz,
    PRIMARY KEY (owner_id, other_id),
    CONSTRAINT relationship_activity_not_self CHECK (owner_id <> other_id),
    CONSTRAINT relationship_activity_connected CHECK (connected = (connected_at IS NOT NULL)),
    CONSTRAINT relationship_activity_met_via CHECK (met_via IN
        ('INVITED_BY_ME', 'INVITED_ME', 'MUTUAL_INVITATION', 'OPEN_NETWORKER', 'INTRODUCED')),
    CONSTRAINT relationship_activity_kind CHECK (last_kind IN ('MESSAGE_SENT', 'MESSAGE_RECEIVED', 'NOTE',
        'COMMENT_GIVEN', 'COMMENT_RECEIVED', 'LIKE_GIVEN', 'LIKE_RECEIVED')),
    CONSTRAINT relationship_activity_counts CHECK (messages_from_me >= 0 AND messages_to_me >= 0
        AND public_from_me >= 0 AND public_to_me >= 0 AND notes >= 0)
);

-- The review, "longest without interaction" first: never-interacted connections first (as
-- -infinity), then oldest last interaction; a keyset page is one index range at 30 or 30,000.
CREATE INDEX relationship_review_by_last ON relationship_activity
    (owner_id, (COALESCE(last_interaction_at, '-infinity'::timestamptz)), other_id) WHERE connected;
CREATE INDEX relationship_review_by_since ON relationship_activity (owner_id, connected_at, other_id) WHERE connected;
CREATE INDEX relationship_activity_by_other ON relationship_activity (other_id);
CREATE INDEX relationship_activity_introduced_by ON relationship_activity (introduced_by_id) WHERE introduced_by_id IS NOT NULL;

CREATE FUNCTION relationship_activity_connections() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO relationship_activity (owner_id, other_id, connected, connected_at)
        VALUES (NEW.member_a_id, NEW.member_b_id, true, NEW.created_at),
               (NEW.member_b_id, NEW.member_a_id, true, NEW.created_at)
        ON CONFLICT (owner_id, other_id) DO UPDATE
            SET connected = true, connected_at = EXCLUDED.connected_at,
                met_via = NULL, invitation_id = NULL, introduced_by_id = NULL;
    ELSE
        UPDATE relationship_activity
           SET connected = false, connected_at = NULL, met_via = NULL, invitation_id = NULL, introduced_by_id = NULL
         WHERE (owner_id = OLD.member_a_id AND other_id = OLD.member_b_id)
            OR (owner_id = OLD.member_b_id AND other_id = OLD.member_a_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER connections_relationship_activity AFTER INSERT OR DELETE ON connections
    FOR EACH ROW EXECUTE FUNCTION relationship_activity_connections();

-- Existing connections, with how they met when an accepted request says so.
INSERT INTO relationship_activity (owner_id, other_id, connected, connected_at)
SELECT member_id, other_id, true, created_at FROM connection_edges
ON CONFLICT DO NOTHING;

WITH accepted AS (
    SELECT DISTINCT ON (LEAST(sender_id, recipient_id), GREATEST(sender_id, recipient_id))
           id, sender_id, recipient_id, created_at, decided_at,
           EXISTS (SELECT 1 FROM invitations o WHERE o.state = 'ACCEPTED' AND o.sender_id = i.recipient_id
                     AND o.recipient_id = i.sender_id) AS mutual
    FROM invitations i
    WHERE state = 'ACCEPTED'
    ORDER BY LEAST(sender_id, recipient_id), GREATEST(sender_id, recipient_id), decided_at DESC
)
UPDATE relationship_activity r
   SET invitation_id = a.id,
       met_via = CASE WHEN a.mutual THEN 'MUTUAL_INVITATION'
                      WHEN a.created_at = a.decided_at THEN 'OPEN_NETWORKER'
                      WHEN r.owner_id = a.sender_id THEN 'INVITED_BY_ME'
                      ELSE 'INVITED_ME' END
  FROM accepted a
 WHERE r.connected
   AND ((r.owner_id = a.sender_id AND r.other_id = a.recipient_id)
     OR (r.owner_id = a.recipient_id AND r.other_id = a.sender_id));

-- Existing comments and likes between two members (not on one's own posts).
WITH public_acts AS (
    SELECT c.author_id AS actor, p.author_id AS author, c.created_at AS at, 'COMMENT' AS kind
    FROM comments c JOIN posts p ON p.id = c.post_id WHERE c.author_id <> p.author_id
    UNION ALL
    SELECT l.member_id, p.author_id, l.created_at, 'LIKE'
    FROM post_likes l JOIN posts p ON p.id = l.post_id WHERE l.member_id <> p.author_id
), sides AS (
    SELECT actor AS owner_id, author AS other_id, at, kind || '_GIVEN' AS last_kind, 1 AS from_me, 0 AS to_me FROM public_acts
    UNION ALL
    SELECT author, actor, at, kind || '_RECEIVED', 0, 1 FROM public_acts
), agg AS (
    SELECT owner_id, other_id, sum(from_me) AS from_me, sum(to_me) AS to_me,
           max(at) FILTER (WHERE from_me = 1) AS last_from, max(at) FILTER (WHERE to_me = 1) AS last_to,
           (array_agg(last_kind ORDER BY at DESC))[1] AS last_kind, max(at) AS last_at
    FROM sides GROUP BY owner_id, other_id
)
INSERT INTO relationship_activity AS r (owner_id, other_id, public_from_me, public_to_me, last_from_me_at,
                                        last_to_me_at, last_interaction_at, last_kind)
SELECT owner_id, other_id, from_me, to_me, last_from, last_to, last_at, last_kind FROM agg
ON CONFLICT (owner_id, other_id) DO UPDATE
    SET public_from_me = EXCLUDED.public_from_me, public_to_me = EXCLUDED.public_to_me,
        last_from_me_at = EXCLUDED.last_from_me_at, last_to_me_at = EXCLUDED.last_to_me_at,
        last_interaction_at = EXCLUDED.last_interaction_at, last_kind = EXCLUDED.last_kind;

-- Existing messages (written by one of the two; not an introducer's note), both sides.
WITH sent AS (
    SELECT m.sender_id AS author, cm.other_id AS reader, m.created_at AS at
    FROM messages m
    JOIN conversation_members cm ON cm.conversation_id = m.conversation_id AND cm.member_id = m.sender_id
    WHERE m.kind = 'MESSAGE'
), sides AS (
    SELECT author AS owner_id, reader AS other_id, at, true AS mine FROM sent
    UNION ALL
    SELECT reader, author, at, false FROM sent
), agg AS (
    SELECT owner_id, other_id, count(*) FILTER (WHERE mine) AS from_me, count(*) FILTER (WHERE NOT mine) AS to_me,
           max(at) FILTER (WHERE mine) AS last_from, max(at) FILTER (WHERE NOT mine) AS last_to, max(at) AS last_at,
           (array_agg(CASE WHEN mine THEN 'MESSAGE_SENT' ELSE 'MESSAGE_RECEIVED' END ORDER BY at DESC))[1] AS last_kind
    FROM sides GROUP BY owner_id, other_id
)
INSERT INTO relationship_activity AS r (owner_id, other_id, messages_from_me, messages_to_me, last_from_me_at,
                                        last_to_me_at, last_interaction_at, last_kind)
SELECT owner_id, other_id, from_me, to_me, last_from, last_to, last_at, last_kind FROM agg
ON CONFLICT (owner_id, other_id) DO UPDATE
    SET messages_from_me = EXCLUDED.messages_from_me, messages_to_me = EXCLUDED.messages_to_me,
        last_from_me_at = GREATEST(r.last_from_me_at, EXCLUDED.last_from_me_at),
        last_to_me_at = GREATEST(r.last_to_me_at, EXCLUDED.last_to_me_at),
        last_kind = CASE WHEN r.last_interaction_at IS NULL OR EXCLUDED.last_interaction_at >= r.last_interaction_at
                         THEN EXCLUDED.last_kind ELSE r.last_kind END,
        last_interaction_at = GREATEST(r.last_interaction_at, EXCLUDED.last_interaction_at);

-- Existing notes, on their author's side only.
INSERT INTO relationship_activity AS r (owner_id, other_id, notes, last_interaction_at, last_kind)
SELECT author_id, member_id, count(*), max(created_at), 'NOTE' FROM notes GROUP BY author_id, member_id
ON CONFLICT (owner_id, other_id) DO UPDATE
    SET notes = EXCLUDED.notes,
        last_kind = CASE WHEN r.last_interaction_at IS NULL OR EXCLUDED.last_interaction_at >= r.last_interaction_at
                         THEN 'NOTE' ELSE r.last_kind END,
        last_interaction_at = GREATEST(r.last_interaction_at, EXCLUDED.last_interaction_at);
