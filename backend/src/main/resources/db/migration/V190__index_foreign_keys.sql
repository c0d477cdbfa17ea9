-- An index behind every foreign key. A referencing column without one makes every delete (or key
-- change) of a referenced row scan the whole referencing table to find rows to cascade or set null.
-- Found by `make bench`: deleting ~2,000 invitations took 90 s, a full scan of relationship_activity
-- and one of conversations per invitation (their invitation_id is ON DELETE SET NULL); a block
-- deletes the pair's invitations the same way, and an account deletion cascades through all of
-- these. Partial where the column is mostly NULL.
-- schema/ForeignKeyIndexTest keeps it so.
CREATE INDEX relationship_activity_by_invitation ON relationship_activity (invitation_id)
    WHERE invitation_id IS NOT NULL;
CREATE INDEX conversations_by_invitation ON conversations (invitation_id) WHERE invitation_id IS NOT NULL;
CREATE INDEX conversations_by_member_b ON conversations (member_b_id);
CREATE INDEX conversations_introduced_by ON conversations (introduced_by_id) WHERE introduced_by_id IS NOT NULL;
CREATE INDEX conversation_members_by_conversation ON conversation_members (conversation_id);
CREATE INDEX conversation_members_by_other ON conversation_members (other_id);
CREATE INDEX messages_by_sender ON messages (sender_id);
CREATE INDEX notes_about_member ON notes (member_id);
CREATE INDEX event_tickets_by_member ON event_tickets (member_id);
CREATE INDEX network_import_rows_by_owner ON network_import_rows (owner_id);
