-- Import my network: a member's uploaded contacts file (LinkedIn's Connections.csv or a plain
-- CSV with the same columns) and its rows. Everything here is private to the importer; rows
-- that match no member yet stay, so they match when that person joins later.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- How names and companies are compared: lower case, accents removed, anything but letters
-- and digits folded to one space. unaccent() is only STABLE (its dictionary could change);
-- naming the dictionary makes this wrapper safe to declare IMMUTABLE and to index.
CREATE FUNCTION match_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    RETURN nullif(btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)),
                                       '[^[:alnum:]]+', ' ', 'g')), '');

CREATE INDEX members_name_match ON members (match_key(display_name));

CREATE TABLE network_imports (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id     bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    -- SHA-256 of the file's bytes: uploading the same file again answers with this import.
    file_sha256  char(64)     NOT NULL,
    file_name    varchar(255),
    format       varchar(20)  NOT NULL,
    row_count    integer      NOT NULL,
    skipped_count integer     NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL,
    CONSTRAINT network_imports_format CHECK (format IN ('LINKEDIN', 'PLAIN_CSV')),
    CONSTRAINT network_imports_rows CHECK (row_count >= 0)
);
CREATE UNIQUE INDEX network_imports_owner_file ON network_imports (owner_id, file_sha256);
CREATE INDEX network_imports_owner_recent ON network_imports (owner_id, created_at DESC, id DESC);

-- One person of an import. status: UNMATCHED (no member yet), MATCHED (one member, by email or
-- by name and company, shown for confirmation), AMBIGUOUS (several members share that name and
-- company), DISMISSED (the importer said the match was not that person; never matched again).
CREATE TABLE network_import_rows (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id          bigint       NOT NULL REFERENCES network_imports (id) ON DELETE CASCADE,
    owner_id           bigint       NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    line_number        integer      NOT NULL,
    first_name         varchar(100),
    last_name          varchar(100),
    profile_url        varchar(500),
    email              varchar(254),
    company            varchar(200),
    position           varchar(200),
    connected_on       date,
    status             varchar(10)  NOT NULL DEFAULT 'UNMATCHED',
    match_rule         varchar(20),
    -- the matched member; their account deletion puts the row back to UNMATCHED (ImportErasure)
    member_id          bigint       REFERENCES members (id) ON DELETE SET NULL,
    candidate_count    integer      NOT NULL DEFAULT 0,
    CONSTRAINT network_import_rows_status CHECK (status IN ('UNMATCHED', 'MATCHED', 'AMBIGUOUS', 'DISMISSED')),
    CONSTRAINT network_import_rows_rule CHECK (match_rule IS NULL OR match_rule IN ('EMAIL', 'NAME_AND_COMPANY')),
    CONSTRAINT network_import_rows_someone CHECK (first_name IS NOT NULL OR last_name IS NOT NULL OR email IS NOT NULL)
);
CREATE UNIQUE INDEX network_import_rows_line ON network_import_rows (import_id, line_number);
CREATE INDEX network_import_rows_page ON network_import_rows (import_id, status, id);
-- A member who joins later is looked up by these two.
CREATE INDEX network_import_rows_waiting_email ON network_import_rows (lower(email))
    WHERE status IN ('UNMATCHED', 'AMBIGUOUS') AND email IS NOT NULL;
CREATE INDEX network_import_rows_waiting_name ON network_import_rows (match_key(coalesce(first_name, '') || ' ' || coalesce(last_name, '')))
    WHERE status IN ('UNMATCHED', 'AMBIGUOUS');
CREATE INDEX network_import_rows_member ON network_import_rows (member_id) WHERE member_id IS NOT NULL;
