-- Relationships layer (issue 7): conversations and messages, private notes, the one inbox
-- with its unread counters, and the events of the live stream.

-- One conversation per pair of members, stored once (smaller id first). How it was opened is
-- kept, and the openings that outlive a connection: the pending request in which its
-- recipient replied (writing stays allowed while that request is pending), and an accepted
-- introduction (writing stays allowed). Whether a connection exists is read from the graph.
CREATE TABLE conversations (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_a_id       bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    member_b_id       bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    opened_by         varchar(15)  NOT NULL,
    invitation_id     bigint       REFERENCES invitations (id) ON DELETE SET NULL,
    introduced_at     timestamptz,
    introduced_by_id  bigint       REFERENCES members (id) ON DELETE SET NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT conversations_ordered CHECK (member_a_id < member_b_id),
    CONSTRAINT conversations_opened_by CHECK (opened_by IN ('CONNECTION', 'INVITATION', 'INTRODUCTION')),
    CONSTRAINT conversations_pair_key UNIQUE (member_a_id, member_b_id)
);

-- Each side's view of a conversation: its read marker, its unread messages and the last
-- activity, so "my conversations, newest activity first" is one index range per member.
CREATE TABLE conversation_members (
    conversation_id   bigint       NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    member_id         bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    other_id          bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    read_up_to        bigint       NOT NULL DEFAULT 0,
    unread_count      integer      NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    last_message_id   bigint,
    last_activity_at  timestamptz  NOT NULL,
    PRIMARY KEY (member_id, conversation_id),
    CONSTRAINT conversation_members_pair UNIQUE (member_id, other_id)
);
CREATE INDEX conversation_members_recent
    ON conversation_members (member_id, last_activity_at DESC, conversation_id DESC);

-- Messages, newest first per conversation by id (sends in one conversation are serialized
-- on its row, so id order is commit order). Searchable with English full-text search.
CREATE TABLE messages (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id  bigint        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id        bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind             varchar(15)   NOT NULL DEFAULT 'MESSAGE',
    body             varchar(8000) NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    search           tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
    CONSTRAINT messages_kind CHECK (kind IN ('MESSAGE', 'INTRODUCTION')),
    CONSTRAINT messages_not_blank CHECK (length(btrim(body)) > 0)
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id DESC);
CREATE INDEX messages_search ON messages USING gin (search);

-- Private notes of an author on a member: visible to the author only, ever.
CREATE TABLE notes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id   bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    member_id   bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    body        varchar(8000) NOT NULL,
    noted_on    date          NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    search      tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
    CONSTRAINT notes_not_self CHECK (author_id <> member_id),
    CONSTRAINT notes_not_blank CHECK (length(btrim(body)) > 0)
);
CREATE INDEX notes_by_member ON notes (author_id, member_id, noted_on DESC, id DESC);
CREATE INDEX notes_search ON notes USING gin (search);

-- The one inbox: one row per thing a member should see (a conversation, a request received,
-- an introduction to broker or to accept, an outcome of something they sent). reference_type
-- + reference_id name the thing; actor is the other member. unread_count > 0 means unread.
CREATE TABLE inbox_items (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id         bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind              varchar(30)  NOT NULL,
    reference_type    varchar(20)  NOT NULL,
    reference_id      bigint       NOT NULL,
    actor_id          bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    preview           varchar(200),
    score             smallint,
    verdict           varchar(10),
    outcome           varchar(30),
    unread_count      integer      NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    last_activity_at  timestamptz  NOT NULL,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT inbox_items_kind CHECK (kind IN ('CONVERSATION', 'CONNECTION_REQUEST', 'INTRODUCTION_AS_BROKER',
                                                'INTRODUCTION_AS_TARGET', 'OUTCOME')),
    CONSTRAINT inbox_items_reference_type CHECK (reference_type IN ('CONVERSATION', 'INVITATION', 'INTRODUCTION')),
    CONSTRAINT inbox_items_one_per_thing UNIQUE (member_id, kind, reference_type, reference_id)
);
CREATE INDEX inbox_items_recent ON inbox_items (member_id, last_activity_at DESC, id DESC);
CREATE INDEX inbox_items_recent_by_kind ON inbox_items (member_id, kind, last_activity_at DESC, id DESC);
CREATE INDEX inbox_items_by_actor ON inbox_items (actor_id, member_id);

-- Unread items per member and kind. A trigger keeps them exact in the same transaction as
-- every change to inbox_items, whoever makes it (including cascades when a member goes), so
-- reading the counts is one index range and never counts items.
CREATE TABLE inbox_counters (
    member_id  bigint      NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    kind       varchar(30) NOT NULL,
    unread     integer     NOT NULL DEFAULT 0 CHECK (unread >= 0),
    PRIMARY KEY (member_id, kind)
);

CREATE FUNCTION inbox_counters_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.member_id = NEW.member_id AND OLD.kind = NEW.kind
       AND (OLD.unread_count > 0) = (NEW.unread_count > 0) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.unread_count > 0 THEN
        UPDATE inbox_counters SET unread = unread - 1 WHERE member_id = OLD.member_id AND kind = OLD.kind;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.unread_count > 0 THEN
        INSERT INTO inbox_counters (member_id, kind, unread) VALUES (NEW.member_id, NEW.kind, 1)
        ON CONFLICT (member_id, kind) DO UPDATE SET unread = inbox_counters.unread + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER inbox_items_counters AFTER INSERT OR UPDATE OR DELETE ON inbox_items
    FOR EACH ROW EXECUTE FUNCTION inbox_counters_track();

-- The live stream's events, numbered per member. Allocating a number locks the member's
-- member_event_seqs row until commit, so a member's events commit in number order: a client
-- that resumes after event n (Last-Event-ID) can never skip one that committed late.
-- Kept 7 days (pruned by the application).
CREATE TABLE member_event_seqs (
    member_id  bigint PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    last_seq   bigint NOT NULL DEFAULT 0
);

CREATE TABLE member_events (
    member_id   bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    seq         bigint       NOT NULL,
    type        varchar(20)  NOT NULL,
    payload     jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, seq)
);
CREATE INDEX member_events_created ON member_events (created_at);

-- One-time tickets that open a member's event stream from a browser (EventSource cannot send
-- an Authorization header). Only a hash of the ticket is kept.
CREATE TABLE event_tickets (
    token_hash  bytea        PRIMARY KEY,
    member_id   bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    expires_at  timestamptz  NOT NULL
);
CREATE INDEX event_tickets_expiry ON event_tickets (expires_at);
