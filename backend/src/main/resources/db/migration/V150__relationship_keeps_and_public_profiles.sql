-- Relationship review (issue 7): "keep" is the third decision beside make follower and remove.
-- It is recorded on the owner's row of the relationship with its date, and belongs to the
-- connection: it goes when the connection ends, so a later connection is reviewed afresh.
ALTER TABLE relationship_activity ADD COLUMN kept_at timestamptz;
ALTER TABLE relationship_activity ADD CONSTRAINT relationship_activity_kept CHECK (kept_at IS NULL OR connected);

CREATE OR REPLACE FUNCTION relationship_activity_connections() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO relationship_activity (owner_id, other_id, connected, connected_at)
        VALUES (NEW.member_a_id, NEW.member_b_id, true, NEW.created_at),
               (NEW.member_b_id, NEW.member_a_id, true, NEW.created_at)
        ON CONFLICT (owner_id, other_id) DO UPDATE
            SET connected = true, connected_at = EXCLUDED.connected_at,
                met_via = NULL, invitation_id = NULL, introduced_by_id = NULL, kept_at = NULL;
    ELSE
        UPDATE relationship_activity
           SET connected = false, connected_at = NULL, met_via = NULL, invitation_id = NULL, introduced_by_id = NULL,
               kept_at = NULL
         WHERE (owner_id = OLD.member_a_id AND other_id = OLD.member_b_id)
            OR (owner_id = OLD.member_b_id AND other_id = OLD.member_a_id);
    END IF;
    RETURN NULL;
END $$;

-- What a member shows to visitors who are not signed in (/in/<handle>). No row: the defaults
-- (listed, with headline, current position and location; no career history, about or counts).
-- Name and handle are always shown while the profile is listed.
CREATE TABLE public_profile_settings (
    member_id          bigint      PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    listed             boolean     NOT NULL DEFAULT true,
    show_headline      boolean     NOT NULL DEFAULT true,
    show_position      boolean     NOT NULL DEFAULT true,
    show_location      boolean     NOT NULL DEFAULT true,
    show_about         boolean     NOT NULL DEFAULT false,
    show_career        boolean     NOT NULL DEFAULT false,
    show_counts        boolean     NOT NULL DEFAULT false,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
