-- GET /api/me/relationships?sort=LEAST_RECENT_INTERACTION (first page) of :me, and my tags on the page's members.
SELECT '{' || string_agg(other::text, ',') || '}' AS others FROM (
SELECT m.id AS other, m.handle, m.display_name, m.headline, m.current_title, m.current_company, m.location,
       r.connected_at, r.met_via, i.verdict, ib.display_name, r.last_interaction_at, r.last_kind,
r.messages_from_me, r.messages_to_me, r.public_from_me, r.public_to_me, r.notes,
r.last_from_me_at, r.last_to_me_at, i.note, i.sender_id, r.introduced_by_id, r.last_interaction_at
FROM (SELECT r.* FROM relationship_activity r
      WHERE r.owner_id = :me AND r.connected
      ORDER BY COALESCE(r.last_interaction_at, '-infinity'::timestamptz), r.other_id LIMIT :limit) r
JOIN members m ON m.id = r.other_id
LEFT JOIN invitations i ON i.id = r.invitation_id
LEFT JOIN members ib ON ib.id = r.introduced_by_id
ORDER BY COALESCE(r.last_interaction_at, '-infinity'::timestamptz), r.other_id) page \gset
SELECT tm.member_id, t.id, t.name FROM tagged_members tm JOIN tags t ON t.id = tm.tag_id
WHERE tm.owner_id = :me AND tm.member_id = ANY (:others)
ORDER BY lower(t.name), t.id;
