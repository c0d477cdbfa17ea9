-- PUT /api/me/following/{popular}: followers from bench_follow_queue, each used once.
BEGIN;
SELECT member_id AS me FROM bench_follow_queue WHERE n = (SELECT nextval('bench_follow_seq')) \gset
SELECT EXISTS (SELECT 1 FROM members WHERE id = :popular)
       AND NOT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = :popular AND blocked_id = :me);
SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = :me AND blocked_id = :popular);
SELECT member_id FROM member_graph_counts WHERE member_id = :me FOR UPDATE;
INSERT INTO follows (follower_id, followee_id) VALUES (:me, :popular) ON CONFLICT DO NOTHING;
SELECT count(*) FROM follows WHERE follower_id = :me AND followee_id = :popular;
SELECT count(*) FROM follows WHERE follower_id = :popular AND followee_id = :me;
\set lo least(:me, :popular)
\set hi greatest(:me, :popular)
SELECT count(*) FROM connections WHERE member_a_id = :lo AND member_b_id = :hi;
COMMIT;
