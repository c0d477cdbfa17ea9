-- Introductions (double opt-in): a requester asks a broker, a connection of both, to introduce
-- them to a target. REQUESTED -> FORWARDED (the broker adds a note) -> ACCEPTED | DECLINED_BY_TARGET;
-- REQUESTED -> DECLINED_BY_BROKER; REQUESTED | FORWARDED -> WITHDRAWN (by the requester) |
-- CANCELLED (a block between two of the three ended it; never shown).
CREATE TABLE introductions (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requester_id     bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    broker_id        bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    target_id        bigint        NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    message          varchar(1000) NOT NULL,
    broker_note      varchar(1000),
    message_shared   boolean       NOT NULL DEFAULT false,
    -- the target took no connection requests when asked: accepting makes the requester follow them
    follow_only      boolean       NOT NULL,
    state            varchar(20)   NOT NULL DEFAULT 'REQUESTED',
    result           varchar(10),
    -- the conversation opened on acceptance (owned by the messages feature)
    conversation_id  bigint,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    forwarded_at     timestamptz,
    decided_at       timestamptz,
    CONSTRAINT introductions_three_members CHECK (requester_id <> broker_id AND requester_id <> target_id
                                                  AND broker_id <> target_id),
    CONSTRAINT introductions_message CHECK (length(btrim(message)) > 0),
    CONSTRAINT introductions_state CHECK (state IN ('REQUESTED', 'FORWARDED', 'ACCEPTED', 'DECLINED_BY_BROKER',
                                                    'DECLINED_BY_TARGET', 'WITHDRAWN', 'CANCELLED')),
    CONSTRAINT introductions_decided CHECK ((state IN ('REQUESTED', 'FORWARDED')) = (decided_at IS NULL)),
    CONSTRAINT introductions_forwarded CHECK ((forwarded_at IS NULL) = (broker_note IS NULL)),
    CONSTRAINT introductions_result CHECK ((state = 'ACCEPTED') = (result IS NOT NULL)
                                           AND result IN ('CONNECTED', 'FOLLOWING'))
);

-- At most one open introduction of a requester to a target, whoever the broker.
CREATE UNIQUE INDEX introductions_one_open_per_pair ON introductions (requester_id, target_id)
    WHERE state IN ('REQUESTED', 'FORWARDED');
-- Lists per role, newest first; the pending ones of brokers and targets on their own.
CREATE INDEX introductions_by_requester ON introductions (requester_id, created_at DESC, id DESC);
CREATE INDEX introductions_by_broker ON introductions (broker_id, created_at DESC, id DESC);
CREATE INDEX introductions_pending_broker ON introductions (broker_id, created_at DESC, id DESC)
    WHERE state = 'REQUESTED';
CREATE INDEX introductions_by_target ON introductions (target_id, created_at DESC, id DESC)
    WHERE forwarded_at IS NOT NULL;
CREATE INDEX introductions_pending_target ON introductions (target_id, created_at DESC, id DESC)
    WHERE state = 'FORWARDED';
