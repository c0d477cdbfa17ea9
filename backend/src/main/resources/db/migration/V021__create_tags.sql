-- Private tags: a member's own labels on people they follow or are connected to. Nothing here
-- is ever shown to anyone but the owner, and no feed ranking reads it.
CREATE TABLE tags (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id    bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    name        varchar(50) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tags_name CHECK (length(btrim(name)) BETWEEN 1 AND 50)
);
CREATE UNIQUE INDEX tags_owner_name ON tags (owner_id, lower(name));

-- owner_id is the tag's owner, copied so that "tags I put on X" is one index lookup.
CREATE TABLE tagged_members (
    tag_id      bigint      NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    member_id   bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    owner_id    bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tag_id, member_id)
);
CREATE INDEX tagged_members_by_owner ON tagged_members (owner_id, member_id, tag_id);
CREATE INDEX tagged_members_page ON tagged_members (tag_id, created_at DESC, member_id DESC);

-- Saved tag views: a named selection of tags (ANY or ALL of them) minus excluded tags.
CREATE TABLE tag_views (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id    bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    name        varchar(50) NOT NULL,
    mode        varchar(3)  NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tag_views_mode CHECK (mode IN ('ANY', 'ALL')),
    CONSTRAINT tag_views_name CHECK (length(btrim(name)) BETWEEN 1 AND 50)
);
CREATE UNIQUE INDEX tag_views_owner_name ON tag_views (owner_id, lower(name));

CREATE TABLE tag_view_tags (
    view_id   bigint  NOT NULL REFERENCES tag_views (id) ON DELETE CASCADE,
    tag_id    bigint  NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    excluded  boolean NOT NULL,
    PRIMARY KEY (view_id, tag_id)
);
CREATE INDEX tag_view_tags_by_tag ON tag_view_tags (tag_id);
