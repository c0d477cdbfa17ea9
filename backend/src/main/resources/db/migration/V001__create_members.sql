-- Members: an account and its public profile in one row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE members (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email            varchar(254) NOT NULL,
    handle           varchar(30)  NOT NULL,
    display_name     varchar(100) NOT NULL,
    password_hash    varchar(100) NOT NULL,
    headline         varchar(220),
    location         varchar(100),
    about            varchar(2600),
    current_title    varchar(100),
    current_company  varchar(100),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT members_handle_format CHECK (handle ~ '^[A-Za-z0-9_]{3,30}$'),
    CONSTRAINT members_display_name_not_blank CHECK (length(btrim(display_name)) > 0)
);

CREATE UNIQUE INDEX members_email_key ON members (lower(email));
CREATE UNIQUE INDEX members_handle_key ON members (lower(handle));

-- Search: every word of the query must appear in name, handle, headline or company.
CREATE INDEX members_search_trgm ON members USING gin (
    (lower(display_name || ' ' || handle || ' ' || coalesce(headline, '') || ' ' || coalesce(current_company, '')))
    gin_trgm_ops);
CREATE INDEX members_name_order ON members (lower(display_name), id);
