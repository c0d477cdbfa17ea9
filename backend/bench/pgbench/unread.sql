-- GET /api/inbox/counts of :me: one index range of the counters, never counting items.
SELECT kind, unread FROM inbox_counters WHERE member_id = :me;
