-- Benchmark dataset, built set-based (generate_series) in a few minutes:
-- 100k members, ~5M follow/connection edges (skewed: a few very popular members, most
-- following 5-125 people), 2M posts over a year, 2M likes, one member with 30,000
-- connections and thousands of tagged contacts. :hash is a real bcrypt hash of the bench password.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
BEGIN;

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

-- Connections imply mutual follows.
INSERT INTO follows (follower_id, followee_id) SELECT member_a_id, member_b_id FROM connections ON CONFLICT DO NOTHING;
INSERT INTO follows (follower_id, followee_id) SELECT member_b_id, member_a_id FROM connections ON CONFLICT DO NOTHING;

-- One-sided follows: each member follows 5..125 others (skewed), followees skewed to popular ones.
INSERT INTO follows (follower_id, followee_id)
SELECT DISTINCT f, t FROM (
  SELECT m.id AS f, ids.base + 1 + floor(power(random(), 3) * 99999)::int AS t
  FROM members m CROSS JOIN ids
  CROSS JOIN LATERAL generate_series(1, 5 + floor(power(random(), 2) * 120)::int + (m.id * 0)) g
  WHERE m.id > ids.base AND m.handle LIKE 'bench\_%') x
WHERE f <> t
ON CONFLICT DO NOTHING;

-- 2M posts over a year; popular members post more.
INSERT INTO posts (author_id, kind, visibility, text, created_at)
SELECT ids.base + floor(power(random(), 1.5) * 100000)::int, 'POST',
       CASE WHEN random() < 0.1 THEN 'CONNECTIONS' ELSE 'PUBLIC' END,
       'Benchmark post ' || g || ': thoughts on hiring, product and the market this quarter.',
       now() - random() * interval '365 days'
FROM generate_series(1, 2000000) g, ids;

-- 2M likes on random posts, shortly after each post.
INSERT INTO post_likes (post_id, member_id, created_at)
SELECT p.id, x.m, p.created_at + random() * interval '2 days'
FROM (SELECT (SELECT min(id) FROM posts) + floor(random() * 2000000)::bigint AS pid,
             ids.base + floor(random() * 100000)::int AS m
      FROM generate_series(1, 2000000), ids) x
JOIN posts p ON p.id = x.pid
ON CONFLICT DO NOTHING;
UPDATE posts p SET like_count = l.n FROM (SELECT post_id, count(*) n FROM post_likes GROUP BY 1) l WHERE l.post_id = p.id;

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

COMMIT;
VACUUM ANALYZE;
