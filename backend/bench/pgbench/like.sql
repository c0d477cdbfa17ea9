-- POST /api/posts/{id}/like: (member, post) pairs from bench_like_queue, each used once.
BEGIN;
SELECT member_id AS me, post_id AS post, author_id AS author FROM bench_like_queue WHERE n = (SELECT nextval('bench_like_seq')) \gset
SELECT p.* FROM posts p WHERE p.id = :post AND (p.visibility = 'PUBLIC' OR p.author_id = :me OR EXISTS (SELECT 1 FROM connections c WHERE c.member_a_id = least(p.author_id, :me) AND c.member_b_id = greatest(p.author_id, :me))) AND (NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = :me AND bk.blocked_id = p.author_id) AND NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = p.author_id AND bk.blocked_id = :me));
INSERT INTO post_likes (post_id, member_id, created_at) VALUES (:post, :me, :now) ON CONFLICT DO NOTHING;
UPDATE posts SET like_count = greatest(like_count + 1, 0) WHERE id = :post;
select p1_0.id,p1_0.author_id,p1_0.career_change,p1_0.career_company,p1_0.career_title,p1_0.comment_count,p1_0.created_at,p1_0.edited_at,p1_0.kind,p1_0.like_count,p1_0.link_url,p1_0.reshare_count,p1_0.reshared_post_id,p1_0.text,p1_0.visibility from posts p1_0 where p1_0.id=:post;
INSERT INTO relationship_activity AS r (owner_id, other_id, public_from_me, last_interaction_at, last_kind, last_from_me_at)
VALUES (:me, :author, 1, :now, 'LIKE_GIVEN', :now)
ON CONFLICT (owner_id, other_id) DO UPDATE
SET public_from_me = r.public_from_me + 1, last_from_me_at = GREATEST(r.last_from_me_at, :now),
    last_kind = CASE WHEN r.last_interaction_at IS NULL OR r.last_interaction_at <= :now
                     THEN 'LIKE_GIVEN' ELSE r.last_kind END,
    last_interaction_at = GREATEST(r.last_interaction_at, :now);
INSERT INTO relationship_activity AS r (owner_id, other_id, public_to_me, last_interaction_at, last_kind, last_to_me_at)
VALUES (:author, :me, 1, :now, 'LIKE_RECEIVED', :now)
ON CONFLICT (owner_id, other_id) DO UPDATE
SET public_to_me = r.public_to_me + 1, last_to_me_at = GREATEST(r.last_to_me_at, :now),
    last_kind = CASE WHEN r.last_interaction_at IS NULL OR r.last_interaction_at <= :now
                     THEN 'LIKE_RECEIVED' ELSE r.last_kind END,
    last_interaction_at = GREATEST(r.last_interaction_at, :now);
SELECT '{' || :post || '}' AS ids \gset
-- VIEW_ROWS
COMMIT;
