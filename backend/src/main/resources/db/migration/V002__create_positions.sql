-- Career history: the positions a member held; end_date NULL means current.
CREATE TABLE positions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id    bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    title        varchar(100) NOT NULL,
    company      varchar(100) NOT NULL,
    start_date   date         NOT NULL,
    end_date     date,
    description  varchar(2000),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT positions_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX positions_member ON positions (member_id, start_date DESC);
