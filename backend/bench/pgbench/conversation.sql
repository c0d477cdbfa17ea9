-- GET /api/conversations/{id}/messages (first page) of :me, over 40 of its conversations (ids :cmin..:cmin+39).
\set c random(:cmin, :cmin + 39)
SELECT c.id, c.opened_by, c.created_at, cm.read_up_to, cm.unread_count, cm.last_activity_at,
       (EXISTS (SELECT 1 FROM connections x WHERE x.member_a_id = c.member_a_id
                                             AND x.member_b_id = c.member_b_id)
        OR c.introduced_at IS NOT NULL
        OR EXISTS (SELECT 1 FROM invitations i WHERE i.id = c.invitation_id AND i.state = 'PENDING')),
       o.id, o.handle, o.display_name, o.headline, o.current_title, o.current_company, o.location,
       lm.id, lm.kind, lm.sender_id, lm.body, lm.created_at,
       ib.id, ib.handle, ib.display_name, ib.headline, ib.current_title, ib.current_company, ib.location
FROM conversation_members cm
JOIN conversations c ON c.id = cm.conversation_id
JOIN members o ON o.id = cm.other_id
LEFT JOIN messages lm ON lm.id = cm.last_message_id
LEFT JOIN members ib ON ib.id = c.introduced_by_id
WHERE cm.member_id = :me AND (NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = :me AND bk.blocked_id = cm.other_id) AND NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = cm.other_id AND bk.blocked_id = :me))
 AND cm.conversation_id = :c;
SELECT id, kind, sender_id, body, created_at FROM messages
WHERE conversation_id = :c ORDER BY id DESC LIMIT :limit;
