-- Benchmark dataset, built set-based (generate_series) in a few minutes:
-- 100k members, ~5M follow/connection edges (skewed: a few very popular members, most
-- following 5-125 people), 2M posts over a year, 2M likes, one member with 30,000
-- connections and thousands of tagged contacts; for the relationships layer (issue 7) the same
-- member's 5,000 conversations with 250,000 messages, and a broker with 1,000 pending
-- introductions. :hash is a real bcrypt hash of the bench password.
--
-- Triggers are off for this session while it loads (session_replication_role = replica, as a
-- bulk load or a logical replica runs): the per-row counting triggers, fired millions of times,
-- updated a few popular members' counter rows over and over in one transaction, each update
-- slower than the last, and the foreign-key checks cost a lookup per row although every id
-- here comes from the members table. Every counter is computed once from the rows at the end
-- (graph_counts_rebuild(), V140, and the statements below): exactly what the triggers would
-- have left, which bench/run.sh checks by recounting.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';
SET session_replication_role = replica;
BEGIN;

-- The big tables' secondary indexes are dropped for the load and built once at the end: one
-- sort per index instead of millions of random insertions into seven B-trees (the first run took
-- 9 minutes with them in place). Unique indexes stay: primary keys and ON CONFLICT need them.
CREATE TEMP TABLE bench_deferred_indexes AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisunique
  AND c.relname IN ('members', 'follows', 'connections', 'posts', 'post_likes', 'messages', 'relationship_activity');
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT name FROM bench_deferred_indexes LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP;
END $$;

INSERT INTO members (email, handle, display_name, password_hash, headline, current_title, current_company, created_at, updated_at)
SELECT 'bench' || g || '@bench.test', 'bench_' || g, 'Bench Member ' || g, :'hash',
       'Headline of member ' || g, 'Engineer', 'Company ' || (g % 500), now() - interval '2 years', now()
FROM generate_series(1, 100000) g;

CREATE TEMP TABLE ids AS SELECT min(id) AS base FROM members WHERE handle LIKE 'bench\_%';

-- The heavy member: bench_1, connected to 30,000 members (and following each other).
CREATE TEMP TABLE heavy_conns AS
SELECT m.id AS other FROM members m, ids WHERE m.id > ids.base AND m.handle LIKE 'bench\_%'
ORDER BY hashint4(m.id::int) LIMIT 30000;
INSERT INTO connections (member_a_id, member_b_id) SELECT ids.base, other FROM heavy_conns, ids;

-- Other connections: 300k random pairs.
INSERT INTO connections (member_a_id, member_b_id)
SELECT DISTINCT least(a, b), greatest(a, b) FROM (
  SELECT ids.base + 1 + floor(random() * 99999)::int AS a, ids.base + 1 + floor(random() * 99999)::int AS b
  FROM generate_series(1, 300000), ids) x
WHERE a <> b ON CONFLICT DO NOTHING;

-- The broker (bench_2): 2,000 connections, half of whom ask to be introduced to the other half.
INSERT INTO connections (member_a_id, member_b_id)
SELECT ids.base + 1, ids.base + 100 + g FROM generate_series(0, 1999) g, ids ON CONFLICT DO NOTHING;

-- Connections imply mutual follows.
INSERT INTO follows (follower_id, followee_id) SELECT member_a_id, member_b_id FROM connections ON CONFLICT DO NOTHING;
INSERT INTO follows (follower_id, followee_id) SELECT member_b_id, member_a_id FROM connections ON CONFLICT DO NOTHING;

-- One-sided follows: each member follows 5..125 others (skewed), followees skewed to popular ones.
-- In key order: 4.4M inserts into the primary key then go to its rightmost pages instead of all
-- over it (measured: 35 s -> 13 s).
INSERT INTO follows (follower_id, followee_id)
SELECT DISTINCT f, t FROM (
  SELECT m.id AS f, ids.base + 1 + floor(power(random(), 3) * 99999)::int AS t
  FROM members m CROSS JOIN ids
  CROSS JOIN LATERAL generate_series(1, 5 + floor(power(random(), 2) * 120)::int + (m.id * 0)) g
  WHERE m.id > ids.base AND m.handle LIKE 'bench\_%') x
WHERE f <> t
ORDER BY 1, 2
ON CONFLICT DO NOTHING;

-- 2M posts over a year (popular members post more) and 2M likes on random posts, each shortly
-- after its post. The likes are drawn first so that every post is written once, with its
-- like_count, instead of written and then updated (2M more row versions to write and vacuum).
CREATE TEMP TABLE post_ids AS SELECT coalesce(max(id), 0) AS pbase FROM posts;
CREATE TEMP TABLE likes_src AS
SELECT DISTINCT 1 + floor(random() * 2000000)::int AS g, ids.base + floor(random() * 100000)::int AS m
FROM generate_series(1, 2000000), ids;
CREATE TEMP TABLE like_counts AS SELECT g, count(*)::int AS n FROM likes_src GROUP BY g;
INSERT INTO posts (id, author_id, kind, visibility, text, like_count, created_at) OVERRIDING SYSTEM VALUE
SELECT post_ids.pbase + g, ids.base + floor(power(random(), 1.5) * 100000)::int, 'POST',
       CASE WHEN random() < 0.1 THEN 'CONNECTIONS' ELSE 'PUBLIC' END,
       'Benchmark post ' || g || ': thoughts on hiring, product and the market this quarter.',
       coalesce(lc.n, 0), now() - random() * interval '365 days'
FROM generate_series(1, 2000000) g
CROSS JOIN ids CROSS JOIN post_ids
LEFT JOIN like_counts lc USING (g);
DO $$ BEGIN PERFORM setval(pg_get_serial_sequence('posts', 'id'), (SELECT max(id) FROM posts)); END $$;
INSERT INTO post_likes (post_id, member_id, created_at)
SELECT p.id, l.m, p.created_at + random() * interval '2 days'
FROM likes_src l CROSS JOIN post_ids JOIN posts p ON p.id = post_ids.pbase + l.g
ORDER BY 1, 2; -- in primary-key order, as the follows above

-- The heavy member's tags: Clients 3,000, Prospects 5,000 (1,000 in both), Partners 7,500.
INSERT INTO tags (owner_id, name) SELECT base, n FROM ids, unnest(ARRAY['Clients', 'Prospects', 'Partners']) n;
INSERT INTO tagged_members (tag_id, member_id, owner_id)
SELECT t.id, h.other, ids.base FROM heavy_conns h, ids, tags t
WHERE t.owner_id = ids.base AND (
      (t.name = 'Clients'   AND h.other % 10 = 0) OR
      (t.name = 'Prospects' AND h.other % 6 = 0) OR
      (t.name = 'Partners'  AND h.other % 4 = 1));

-- Typical members (50-60 followed) used by the load generator and pgbench.
CREATE TABLE bench_typical AS
SELECT row_number() OVER () AS i, follower_id AS member_id FROM (
  SELECT follower_id FROM follows WHERE follower_id > (SELECT base FROM ids)
  GROUP BY follower_id HAVING count(*) BETWEEN 50 AND 60 ORDER BY follower_id LIMIT 100) t;

-- Relationship rows of every connection, as the connections trigger writes them (V090).
INSERT INTO relationship_activity (owner_id, other_id, connected, connected_at)
SELECT member_id, other_id, true, created_at FROM connection_edges ON CONFLICT DO NOTHING;

-- bench_1's conversations: with 5,000 of its connections, 50 messages each (250,000), the two
-- sides taking turns, over the last 200 days. In one conversation of five the other side wrote
-- the last two and bench_1 has not read them; elsewhere the other side has one unread (bench_1's).
CREATE TEMP TABLE bench_convs AS
SELECT row_number() OVER (ORDER BY other) AS i, other,
       now() - interval '200 days' + (hashint4(other::int) & 1023) * interval '4 hours' AS started
FROM (SELECT other FROM heavy_conns ORDER BY other LIMIT 5000) h;
INSERT INTO conversations (member_a_id, member_b_id, opened_by, created_at)
SELECT least(ids.base, c.other), greatest(ids.base, c.other), 'CONNECTION', c.started FROM bench_convs c, ids;
CREATE TEMP TABLE bench_conv_ids AS
SELECT c.i, c.other, c.started, v.id AS conversation_id
FROM bench_convs c, ids, conversations v
WHERE v.member_a_id = least(ids.base, c.other) AND v.member_b_id = greatest(ids.base, c.other);
INSERT INTO messages (conversation_id, sender_id, kind, body, created_at)
SELECT c.conversation_id,
       CASE WHEN s % 2 = 1 OR (c.i % 5 = 0 AND s = 50) THEN c.other ELSE ids.base END,
       'MESSAGE', 'Message ' || s || ' about the project timeline, the intro and next week''s call.',
       c.started + s * interval '1 hour'
FROM bench_conv_ids c, ids, generate_series(1, 50) s
ORDER BY c.started + s * interval '1 hour';
CREATE TEMP TABLE bench_conv_msgs AS
SELECT conversation_id, max(id) AS last_id, max(created_at) AS last_at,
       (array_agg(id ORDER BY id DESC))[2] AS second_last_id, (array_agg(id ORDER BY id DESC))[3] AS third_last_id
FROM messages GROUP BY 1;
INSERT INTO conversation_members (conversation_id, member_id, other_id, read_up_to, unread_count, last_message_id, last_activity_at)
SELECT c.conversation_id, side.me, side.other,
       CASE WHEN side.unread = 0 THEN m.last_id WHEN side.unread = 1 THEN m.second_last_id ELSE m.third_last_id END,
       side.unread, m.last_id, m.last_at
FROM bench_conv_ids c JOIN bench_conv_msgs m USING (conversation_id), ids
CROSS JOIN LATERAL (VALUES (ids.base, c.other, CASE WHEN c.i % 5 = 0 THEN 2 ELSE 0 END),
                           (c.other, ids.base, CASE WHEN c.i % 5 = 0 THEN 0 ELSE 1 END)) side(me, other, unread);
INSERT INTO inbox_items (member_id, kind, reference_type, reference_id, actor_id, preview, unread_count, last_activity_at, created_at)
SELECT cm.member_id, 'CONVERSATION', 'CONVERSATION', cm.conversation_id, cm.other_id,
       left(msg.body, 200), cm.unread_count, cm.last_activity_at, cm.last_activity_at
FROM conversation_members cm JOIN messages msg ON msg.id = cm.last_message_id;
-- Message interactions on both sides' relationship rows (as V090 computes them).
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
UPDATE relationship_activity r
   SET messages_from_me = a.from_me, messages_to_me = a.to_me, last_from_me_at = a.last_from,
       last_to_me_at = a.last_to, last_interaction_at = a.last_at, last_kind = a.last_kind
  FROM agg a WHERE r.owner_id = a.owner_id AND r.other_id = a.other_id;

-- The broker's 1,000 pending introductions: bench_(100+k) asks bench_2 for bench_(1100+k).
INSERT INTO introductions (requester_id, broker_id, target_id, message, follow_only, created_at)
SELECT ids.base + 100 + k, ids.base + 1, ids.base + 1100 + k,
       'Could you introduce me? We are hiring for the role they posted about.', false,
       now() - k * interval '10 minutes'
FROM generate_series(0, 999) k, ids
WHERE NOT EXISTS (SELECT 1 FROM connections c WHERE c.member_a_id = ids.base + 100 + k AND c.member_b_id = ids.base + 1100 + k);
INSERT INTO inbox_items (member_id, kind, reference_type, reference_id, actor_id, preview, unread_count, last_activity_at, created_at)
SELECT broker_id, 'INTRODUCTION_AS_BROKER', 'INTRODUCTION', id, requester_id, left(message, 200), 1, created_at, created_at
FROM introductions;

-- The deferred indexes, each built once from sorted input.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT def FROM bench_deferred_indexes LOOP EXECUTE r.def; END LOOP;
END $$;

-- The counters, once, from the rows. Statistics first: without them the planner takes the
-- freshly filled tables for empty ones and the recount's joins for cheap loops.
INSERT INTO member_graph_counts (member_id) SELECT id FROM members ON CONFLICT DO NOTHING;
ANALYZE members, follows, connections, member_graph_counts;
DO $$ BEGIN PERFORM graph_counts_rebuild(); END $$;
INSERT INTO inbox_counters (member_id, kind, unread)
SELECT member_id, kind, count(*) FROM inbox_items WHERE unread_count > 0 GROUP BY 1, 2
ON CONFLICT (member_id, kind) DO UPDATE SET unread = EXCLUDED.unread;

COMMIT;
SET session_replication_role = origin;
VACUUM ANALYZE;
-- Write the dataset out now: otherwise a spread checkpoint writes it during the first scenarios
-- (measured: 4.5 minutes of background writes after the build, 10-50 % of shared buffers each).
CHECKPOINT;
