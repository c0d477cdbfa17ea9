-- Read-your-writes with a read replica (app.rapport.common.replica): where each member's last
-- write ended in the WAL. A member's reads use the replica only once it has replayed that far.
-- Written by every instance right after a member's change commits; no foreign key, since the
-- mark of a member who deleted their account is written after the member row is gone.
CREATE TABLE member_write_marks (
    member_id bigint PRIMARY KEY,
    lsn       pg_lsn NOT NULL
);
