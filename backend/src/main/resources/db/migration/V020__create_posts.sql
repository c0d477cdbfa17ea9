-- Posts, reshares and career updates share one table so that every feed reads one stream.
-- kind POST: text (+ optional link); RESHARE: points at the original, optional comment in text;
-- CAREER_UPDATE: written by the server when a member announces a new position or promotion.
CREATE TABLE posts (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id         bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind              varchar(20)   NOT NULL,
    visibility        varchar(20)   NOT NULL,
    text              varchar(3000),
    link_url          varchar(2048),
    reshared_post_id  bigint        REFERENCES posts (id) ON DELETE CASCADE,
    career_change     varchar(20),
    career_title      varchar(100),
    career_company    varchar(100),
    like_count        integer       NOT NULL DEFAULT 0,
    comment_count     integer       NOT NULL DEFAULT 0,
    reshare_count     integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    edited_at         timestamptz,
    CONSTRAINT posts_kind CHECK (kind IN ('POST', 'RESHARE', 'CAREER_UPDATE')),
    CONSTRAINT posts_visibility CHECK (visibility IN ('PUBLIC', 'CONNECTIONS')),
    CONSTRAINT posts_reshare CHECK ((kind = 'RESHARE') = (reshared_post_id IS NOT NULL)),
    CONSTRAINT posts_text CHECK (kind <> 'POST' OR length(btrim(text)) > 0),
    CONSTRAINT posts_career CHECK ((kind = 'CAREER_UPDATE') = (career_change IS NOT NULL)),
    CONSTRAINT posts_career_change CHECK (career_change IN ('NEW_POSITION', 'PROMOTION')),
    CONSTRAINT posts_counts CHECK (like_count >= 0 AND comment_count >= 0 AND reshare_count >= 0)
);
-- Feed plan "per author": LATERAL top-N per followed member.
CREATE INDEX posts_by_author ON posts (author_id, created_at DESC, id DESC);
-- Feed plan "newest first": one scan of all posts, filtered by a semi-join on the author set.
CREATE INDEX posts_newest ON posts (created_at DESC, id DESC);
CREATE INDEX posts_reshared ON posts (reshared_post_id) WHERE reshared_post_id IS NOT NULL;

-- A like, once per member and post.
CREATE TABLE post_likes (
    post_id     bigint      NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    member_id   bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, member_id)
);
-- "Liked by a connection" events, per liker (small networks) or newest first (large ones).
CREATE INDEX post_likes_by_member ON post_likes (member_id, created_at DESC, post_id DESC);
CREATE INDEX post_likes_newest ON post_likes (created_at DESC, post_id DESC);

CREATE TABLE comments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id     bigint        NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id   bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    text        varchar(1250) NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT comments_text CHECK (length(btrim(text)) > 0)
);
CREATE INDEX comments_by_post ON comments (post_id, created_at, id);
