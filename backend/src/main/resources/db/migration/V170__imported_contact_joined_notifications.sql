-- A notification for the importer when someone of an imported contacts file, not a member then,
-- joins Rapport (or changes their name or company so that they match): IMPORTED_CONTACT_JOINED,
-- "Dana Reyes, from your imported connections, joined Rapport". Its name is longer than the 20
-- characters the kinds had, so both columns that hold a kind grow (a metadata-only change).
ALTER TABLE notifications ALTER COLUMN kind TYPE varchar(30);
ALTER TABLE notification_muted_kinds ALTER COLUMN kind TYPE varchar(30);

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('NEW_FOLLOWER', 'REQUEST_ACCEPTED', 'NOW_FOLLOWING', 'POST_LIKED', 'POST_COMMENTED',
                    'POST_RESHARED', 'THREAD_COMMENTED', 'CAREER_UPDATE', 'IMPORTED_CONTACT_JOINED'));

-- Told once per importer and member, read or not: a later rename or a second file never repeats it.
CREATE UNIQUE INDEX notifications_told_once ON notifications (member_id, subject_id)
    WHERE kind = 'IMPORTED_CONTACT_JOINED';
