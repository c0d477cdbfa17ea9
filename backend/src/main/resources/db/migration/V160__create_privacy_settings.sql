-- Who may see a member's network lists: their connections, their followers and the members
-- they follow (issue 10). One choice for the three lists. No row: the default, CONNECTIONS
-- (as on LinkedIn, your connections can see your connections). The member always sees their
-- own lists; a block either way hides everything whatever the choice.
CREATE TABLE privacy_settings (
    member_id          bigint      PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    network_visibility text        NOT NULL DEFAULT 'CONNECTIONS'
                                   CONSTRAINT privacy_settings_network_visibility
                                   CHECK (network_visibility IN ('ONLY_ME', 'CONNECTIONS', 'MEMBERS')),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
