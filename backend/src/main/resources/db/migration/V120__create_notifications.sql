-- Notifications: what happened to me while I was away (new followers, accepted requests, likes,
-- comments and reshares on my posts, comments after mine, career updates of people I tag).
--
-- A notification is a group: while it is unread, every new actor of the same kind on the same
-- subject (a post, or nothing for followers) joins it ("Ana and 3 others liked your post");
-- once read, new activity starts a new one. The partial unique index makes "the open group" one
-- row, so concurrent likes join it instead of racing to create two.
CREATE TABLE notifications (
    id          bigserial    PRIMARY KEY,
    member_id   bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('NEW_FOLLOWER', 'REQUEST_ACCEPTED', 'NOW_FOLLOWING',
                                                      'POST_LIKED', 'POST_COMMENTED', 'POST_RESHARED',
                                                      'THREAD_COMMENTED', 'CAREER_UPDATE')),
    -- What the group is about: the post for post kinds, the member for career updates, 0 otherwise.
    subject_id  bigint       NOT NULL DEFAULT 0,
    post_id     bigint       REFERENCES posts (id) ON DELETE CASCADE,
    -- The latest actor's words where the kind needs them (a career update's new title).
    detail      varchar(300),
    created_at  timestamptz  NOT NULL,
    latest_at   timestamptz  NOT NULL,
    read_at     timestamptz
);
CREATE UNIQUE INDEX notifications_open_group ON notifications (member_id, kind, subject_id) WHERE read_at IS NULL;
CREATE INDEX notifications_newest ON notifications (member_id, latest_at DESC, id DESC);
CREATE INDEX notifications_by_post ON notifications (post_id) WHERE post_id IS NOT NULL;

-- Who is in a group; one row per actor, with when they last acted.
CREATE TABLE notification_actors (
    notification_id  bigint       NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    actor_id         bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    acted_at         timestamptz  NOT NULL,
    PRIMARY KEY (notification_id, actor_id)
);
CREATE INDEX notification_actors_by_actor ON notification_actors (actor_id);
CREATE INDEX notification_actors_newest ON notification_actors (notification_id, acted_at DESC, actor_id DESC);

-- The unread count, kept by a trigger on every insert, read-state change and delete (cascades
-- included), so the bell never counts rows.
CREATE TABLE notification_counters (
    member_id  bigint   PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    unread     integer  NOT NULL DEFAULT 0 CHECK (unread >= 0)
);

CREATE FUNCTION notification_counters_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta integer := 0;
    who   bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        who := NEW.member_id;
        IF NEW.read_at IS NULL THEN delta := 1; END IF;
    ELSIF TG_OP = 'DELETE' THEN
        who := OLD.member_id;
        IF OLD.read_at IS NULL THEN delta := -1; END IF;
    ELSE
        who := NEW.member_id;
        IF OLD.read_at IS NULL AND NEW.read_at IS NOT NULL THEN delta := -1;
        ELSIF OLD.read_at IS NOT NULL AND NEW.read_at IS NULL THEN delta := 1;
        END IF;
    END IF;
    IF delta <> 0 THEN
        INSERT INTO notification_counters AS c (member_id, unread)
        SELECT who, greatest(delta, 0) WHERE EXISTS (SELECT 1 FROM members WHERE id = who)
        ON CONFLICT (member_id) DO UPDATE SET unread = greatest(c.unread + delta, 0);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER notifications_counters AFTER INSERT OR UPDATE OR DELETE ON notifications
    FOR EACH ROW EXECUTE FUNCTION notification_counters_track();

-- Per-kind switches: a row turns a kind off (no row: on).
CREATE TABLE notification_muted_kinds (
    member_id  bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind       varchar(20)  NOT NULL,
    PRIMARY KEY (member_id, kind)
);

-- Career updates are told only about people under the tags a member chose here (none by default).
CREATE TABLE notification_career_tags (
    member_id  bigint  NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    tag_id     bigint  NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, tag_id)
);
CREATE INDEX notification_career_tags_by_tag ON notification_career_tags (tag_id);

-- Who tagged a member (to tell the watchers of a career update): tagged_members is keyed by tag.
CREATE INDEX tagged_members_by_member ON tagged_members (member_id);
