-- Follower counts split into slot rows (issue 9). One counter row per member made every
-- follow of a very popular member queue on that row: each follow updated it and held its lock
-- until commit. Followers are now counted in 8 rows per member, the slot chosen by the
-- follower's id, so concurrent follows of one member mostly touch different rows; a follow and
-- its unfollow always hit the same slot, so no slot goes below zero. Reading a count sums at
-- most 8 rows of one index range. Connections and following stay in member_graph_counts: the
-- service locks the acting member's row anyway (see NetworkRepository).
CREATE TABLE member_follower_counts (
    member_id  bigint   NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    slot       smallint NOT NULL CHECK (slot BETWEEN 0 AND 7),
    followers  integer  NOT NULL DEFAULT 0 CHECK (followers >= 0),
    PRIMARY KEY (member_id, slot)
);

INSERT INTO member_follower_counts (member_id, slot, followers)
SELECT followee_id, follower_id % 8, count(*) FROM follows GROUP BY 1, 2;

ALTER TABLE member_graph_counts DROP COLUMN followers;

CREATE OR REPLACE FUNCTION graph_counts_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE member_graph_counts SET following = following + 1 WHERE member_id = NEW.follower_id;
        INSERT INTO member_follower_counts AS c (member_id, slot, followers)
        VALUES (NEW.followee_id, NEW.follower_id % 8, 1)
        ON CONFLICT (member_id, slot) DO UPDATE SET followers = c.followers + 1;
    ELSE
        UPDATE member_graph_counts SET following = following - 1 WHERE member_id = OLD.follower_id;
        UPDATE member_follower_counts SET followers = followers - 1
         WHERE member_id = OLD.followee_id AND slot = OLD.follower_id % 8;
    END IF;
    RETURN NULL;
END $$;

-- A member's counts as one row: what profiles show.
CREATE VIEW member_graph_totals AS
    SELECT g.member_id, g.connections,
           COALESCE((SELECT sum(f.followers) FROM member_follower_counts f WHERE f.member_id = g.member_id), 0)::integer
               AS followers,
           g.following
    FROM member_graph_counts g;

-- Recomputes every graph counter from the rows, set-based. For bulk loads that insert follows
-- and connections with the counting triggers disabled (bench/dataset.sql): the result is exactly
-- what the triggers would have left.
CREATE FUNCTION graph_counts_rebuild() RETURNS void LANGUAGE sql AS $$
    INSERT INTO member_graph_counts (member_id) SELECT id FROM members ON CONFLICT DO NOTHING;
    UPDATE member_graph_counts g
       SET connections = COALESCE(c.n, 0), following = COALESCE(f.n, 0)
      FROM members m
      LEFT JOIN (SELECT member_id, count(*) AS n FROM connection_edges GROUP BY 1) c ON c.member_id = m.id
      LEFT JOIN (SELECT follower_id, count(*) AS n FROM follows GROUP BY 1) f ON f.follower_id = m.id
     WHERE g.member_id = m.id
       AND (g.connections, g.following) IS DISTINCT FROM (COALESCE(c.n, 0), COALESCE(f.n, 0));
    DELETE FROM member_follower_counts;
    INSERT INTO member_follower_counts (member_id, slot, followers)
    SELECT followee_id, follower_id % 8, count(*) FROM follows GROUP BY 1, 2;
$$;
