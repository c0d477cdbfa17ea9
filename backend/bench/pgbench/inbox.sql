-- GET /api/inbox (first page) of :me.
SELECT i.id, i.kind, i.reference_id,
       a.id, a.handle, a.display_name, a.headline, a.current_title, a.current_company, a.location,
       i.preview, i.unread_count, i.score, i.verdict, i.outcome, i.last_activity_at
FROM inbox_items i JOIN members a ON a.id = i.actor_id
WHERE i.member_id = :me AND (NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = :me AND bk.blocked_id = i.actor_id) AND NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = i.actor_id AND bk.blocked_id = :me)) ORDER BY i.last_activity_at DESC, i.id DESC LIMIT :limit;
