-- POST /api/posts by a typical member: the insert, then the page rendering of the new post (VIEW_ROWS).
\set i random(1, 40)
BEGIN;
SELECT member_id AS me FROM bench_typical WHERE i = :i \gset
insert into posts (author_id,career_change,career_company,career_title,comment_count,created_at,edited_at,kind,like_count,link_url,reshare_count,reshared_post_id,text,visibility) values (:me,NULL,NULL,NULL,0,:now,NULL,'POST',0,NULL,0,NULL,'bench-write: a post from pgbench','PUBLIC')
	RETURNING '{' || id || '}' AS ids \gset
-- VIEW_ROWS
COMMIT;
