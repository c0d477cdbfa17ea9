-- POST /api/invitations/{id}/accept: the invitations pgbench's invite run sent (bench_accept_queue), each once.
BEGIN;
SELECT invitation_id AS inv, sender_id AS s, recipient_id AS r FROM bench_accept_queue WHERE n = (SELECT nextval('bench_accept_seq')) \gset
\set lo least(:s, :r)
\set hi greatest(:s, :r)
select i1_0.id,i1_0.created_at,i1_0.decided_at,i1_0.note,i1_0.note_normalized,i1_0.reasons,i1_0.recipient_id,i1_0.score,i1_0.sender_id,i1_0.state,i1_0.verdict from invitations i1_0 where i1_0.id=:inv and i1_0.recipient_id=:r fetch first 1 rows only;
SELECT member_id, connections FROM member_graph_counts
WHERE member_id IN (:lo, :hi) ORDER BY member_id FOR UPDATE;
select i1_0.id,i1_0.created_at,i1_0.decided_at,i1_0.note,i1_0.note_normalized,i1_0.reasons,i1_0.recipient_id,i1_0.score,i1_0.sender_id,i1_0.state,i1_0.verdict from invitations i1_0 where i1_0.id=:inv for no key update of i1_0;
SELECT count(*) FROM connections WHERE member_a_id = :lo AND member_b_id = :hi;
INSERT INTO connections (member_a_id, member_b_id) VALUES (:lo, :hi) ON CONFLICT DO NOTHING;
INSERT INTO follows (follower_id, followee_id) VALUES (:r, :s), (:s, :r) ON CONFLICT DO NOTHING;
UPDATE relationship_activity SET met_via = 'INVITED_ME', invitation_id = :inv, introduced_by_id = NULL
WHERE owner_id = :r AND other_id = :s AND connected;
UPDATE relationship_activity SET met_via = 'INVITED_BY_ME', invitation_id = :inv, introduced_by_id = NULL
WHERE owner_id = :s AND other_id = :r AND connected;
update invitations set decided_at=:now,state='ACCEPTED' where id=:inv;
DELETE FROM inbox_items
WHERE member_id = :r AND kind = 'CONNECTION_REQUEST' AND reference_type = 'INVITATION' AND reference_id = :inv
RETURNING id;
SELECT kind, unread FROM inbox_counters WHERE member_id = :r;
WITH s AS (
    INSERT INTO member_event_seqs (member_id, last_seq) VALUES (:r, 1)
    ON CONFLICT (member_id) DO UPDATE SET last_seq = member_event_seqs.last_seq + 1
    RETURNING last_seq),
e AS (
    INSERT INTO member_events (member_id, seq, type, payload)
    SELECT :r, s.last_seq, 'inbox', jsonb_build_object('kind', 'CONNECTION_REQUEST', 'referenceId', CAST(:inv AS bigint), 'removed', true) FROM s
    RETURNING seq)
SELECT e.seq FROM e CROSS JOIN LATERAL
    (SELECT pg_notify('rapport_events', CAST(CAST(:r AS bigint) AS text) || ':' || e.seq)) n;
INSERT INTO inbox_items (member_id, kind, reference_type, reference_id, actor_id, preview,
                         score, verdict, outcome, unread_count, last_activity_at)
VALUES (:s, 'OUTCOME', 'INVITATION', :inv, :r, 'Accepted your connection request.', NULL, NULL, 'ACCEPTED', 1, :now)
ON CONFLICT (member_id, kind, reference_type, reference_id) DO UPDATE
SET actor_id = EXCLUDED.actor_id, preview = EXCLUDED.preview, score = EXCLUDED.score,
    verdict = EXCLUDED.verdict, outcome = EXCLUDED.outcome,
    unread_count = EXCLUDED.unread_count, last_activity_at = EXCLUDED.last_activity_at
RETURNING id;
SELECT kind, unread FROM inbox_counters WHERE member_id = :s;
WITH s AS (
    INSERT INTO member_event_seqs (member_id, last_seq) VALUES (:s, 1)
    ON CONFLICT (member_id) DO UPDATE SET last_seq = member_event_seqs.last_seq + 1
    RETURNING last_seq),
e AS (
    INSERT INTO member_events (member_id, seq, type, payload)
    SELECT :s, s.last_seq, 'inbox', jsonb_build_object('kind', 'OUTCOME', 'referenceId', CAST(:inv AS bigint), 'removed', false) FROM s
    RETURNING seq)
SELECT e.seq FROM e CROSS JOIN LATERAL
    (SELECT pg_notify('rapport_events', CAST(CAST(:s AS bigint) AS text) || ':' || e.seq)) n;
select m1_0.id,m1_0.about,m1_0.created_at,m1_0.current_company,m1_0.current_title,m1_0.display_name,m1_0.email,m1_0.handle,m1_0.headline,m1_0.location,m1_0.password_hash,m1_0.updated_at from members m1_0 where m1_0.id=:s;
COMMIT;
