-- GET /api/introductions?role=BROKER&pending=true (first page) of :me, then the members it names.
SELECT '{' || string_agg(requester_id || ',' || broker_id || ',' || target_id, ',') || '}' AS people FROM (
SELECT i.* FROM introductions i
WHERE i.broker_id = :me AND i.state = 'REQUESTED' AND (i.created_at, i.id) < (:ts, :id) AND i.state <> 'CANCELLED'
AND NOT EXISTS (SELECT 1 FROM blocks bk
                WHERE bk.blocker_id IN (i.requester_id, i.broker_id, i.target_id)
                  AND bk.blocked_id IN (i.requester_id, i.broker_id, i.target_id))
ORDER BY i.created_at DESC, i.id DESC LIMIT :limit) page \gset
SELECT id, handle, display_name, headline, current_title, current_company, location
FROM members WHERE id = ANY (:people);
