-- POST /api/invitations: (sender, recipient) pairs from bench_invite_queue, each used once.
BEGIN;
SELECT sender_id AS s, recipient_id AS r FROM bench_invite_queue WHERE n = (SELECT nextval('bench_invite_seq')) \gset
\set lo least(:s, :r)
\set hi greatest(:s, :r)
SELECT EXISTS (SELECT 1 FROM members WHERE id = :r)
       AND NOT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = :r AND blocked_id = :s);
SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = :s AND blocked_id = :r);
select count(*) from members m1_0 where m1_0.id=:r;
SELECT member_id, connections FROM member_graph_counts
WHERE member_id IN (:lo, :hi) ORDER BY member_id FOR UPDATE;
SELECT count(*) FROM connections WHERE member_a_id = :lo AND member_b_id = :hi;
select i1_0.id,i1_0.created_at,i1_0.decided_at,i1_0.note,i1_0.note_normalized,i1_0.reasons,i1_0.recipient_id,i1_0.score,i1_0.sender_id,i1_0.state,i1_0.verdict from invitations i1_0 where i1_0.state='PENDING' and ((i1_0.sender_id=:s and i1_0.recipient_id=:r) or (i1_0.sender_id=:r and i1_0.recipient_id=:s)) fetch first 1 rows only;
select is1_0.member_id,is1_0.auto_follow_generic,is1_0.invitation_policy,is1_0.updated_at from invitation_settings is1_0 where is1_0.member_id=:r;
select i1_0.id,i1_0.created_at,i1_0.decided_at,i1_0.note,i1_0.note_normalized,i1_0.reasons,i1_0.recipient_id,i1_0.score,i1_0.sender_id,i1_0.state,i1_0.verdict from invitations i1_0 where i1_0.sender_id=:s and i1_0.recipient_id=:r and i1_0.state in ('WITHDRAWN','MADE_FOLLOWER') and i1_0.decided_at>:cooldown order by i1_0.decided_at desc fetch first 1 rows only;
select count(*) from invitations i1_0 where i1_0.sender_id=:s and i1_0.created_at>:week;
select count(*) from invitations i1_0 where i1_0.sender_id=:s and i1_0.state='PENDING';
select m1_0.id,m1_0.about,m1_0.created_at,m1_0.current_company,m1_0.current_title,m1_0.display_name,m1_0.email,m1_0.handle,m1_0.headline,m1_0.location,m1_0.password_hash,m1_0.updated_at from members m1_0 where m1_0.id=:r;
select i1_0.note_normalized from invitations i1_0 where i1_0.sender_id=:s and i1_0.recipient_id<>:r and i1_0.created_at>:month and i1_0.note_normalized is not null and i1_0.note_normalized<>'' order by i1_0.created_at desc fetch first 200 rows only;
select p1_0.id,p1_0.company,p1_0.created_at,p1_0.description,p1_0.end_date,p1_0.member_id,p1_0.start_date,p1_0.title from positions p1_0 where p1_0.member_id=:s order by case when p1_0.end_date is null then 0 else 1 end,p1_0.start_date desc,p1_0.id desc;
select p1_0.id,p1_0.company,p1_0.created_at,p1_0.description,p1_0.end_date,p1_0.member_id,p1_0.start_date,p1_0.title from positions p1_0 where p1_0.member_id=:r order by case when p1_0.end_date is null then 0 else 1 end,p1_0.start_date desc,p1_0.id desc;
insert into invitations (created_at,decided_at,note,note_normalized,reasons,recipient_id,score,sender_id,state,verdict) values (:now,NULL,'pgbench: we met at the Berlin payments meetup and talked about ledger design.','we met at the berlin payments meetup and talked about ledger design','MENTIONS_SHARED_CONTEXT',:r,70,:s,'PENDING','PERSONAL')
	RETURNING id AS inv \gset
INSERT INTO inbox_items (member_id, kind, reference_type, reference_id, actor_id, preview,
                         score, verdict, outcome, unread_count, last_activity_at)
VALUES (:r, 'CONNECTION_REQUEST', 'INVITATION', :inv, :s, 'pgbench: we met at the Berlin payments meetup and talked about ledger design.', 70, 'PERSONAL', NULL, 1, :now)
ON CONFLICT (member_id, kind, reference_type, reference_id) DO UPDATE
SET actor_id = EXCLUDED.actor_id, preview = EXCLUDED.preview, score = EXCLUDED.score,
    verdict = EXCLUDED.verdict, outcome = EXCLUDED.outcome,
    unread_count = EXCLUDED.unread_count, last_activity_at = EXCLUDED.last_activity_at
RETURNING id AS item \gset
SELECT kind, unread FROM inbox_counters WHERE member_id = :r;
WITH s AS (
    INSERT INTO member_event_seqs (member_id, last_seq) VALUES (:r, 1)
    ON CONFLICT (member_id) DO UPDATE SET last_seq = member_event_seqs.last_seq + 1
    RETURNING last_seq),
e AS (
    INSERT INTO member_events (member_id, seq, type, payload)
    SELECT :r, s.last_seq, 'inbox', jsonb_build_object('kind', 'CONNECTION_REQUEST', 'itemId', CAST(:item AS bigint), 'referenceId', CAST(:inv AS bigint), 'removed', false) FROM s
    RETURNING seq)
SELECT e.seq FROM e CROSS JOIN LATERAL
    (SELECT pg_notify('rapport_events', CAST(CAST(:r AS bigint) AS text) || ':' || e.seq)) n;
COMMIT;
