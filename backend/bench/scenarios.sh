# Sourced by bench/run.sh: the scenarios of the relationships layer (issue 7), the write path
# and the event stream (issue 9). Each read scenario has a URL file and a pgbench script of the
# statements the API runs for it (bench/pgbench/*.sql, taken from PostgreSQL's statement log of
# one request; the session and member checks every request makes are left out, as for the
# feeds). Write scenarios prepare their requests first (each creates something new once) and
# the rows they made are deleted afterwards, so that `make bench` can be rerun on the same data.
# shellcheck shell=bash disable=SC2034

PGB="$BENCH/pgbench"
NOW="$(date -u '+%F %T+00')"
ago() { date -u -d "$1 ago" '+%F %T+00'; }
TIMES=(-D "now=$NOW" -D "week=$(ago '7 days')" -D "month=$(ago '30 days')" -D "cooldown=$(ago '21 days')")
CMIN="$(q "select min(conversation_id) from conversation_members where member_id = $HEAVY_ID")"

# Reads: bench_1's inbox, conversations, counts and review; bench_2's introductions as broker.
: >"$WORK/conversation.urls"
for c in $(seq "$CMIN" $((CMIN + 39))); do
  printf '%s\t%s\n' "$API/api/conversations/$c/messages" "$HEAVY_TOKEN" >>"$WORK/conversation.urls"
done
printf '%s\t%s\n' "$API/api/inbox" "$HEAVY_TOKEN" >"$WORK/inbox.urls"
printf '%s\t%s\n' "$API/api/inbox/counts" "$HEAVY_TOKEN" >"$WORK/unread.urls"
printf '%s\t%s\n' "$API/api/me/relationships?sort=LEAST_RECENT_INTERACTION" "$HEAVY_TOKEN" >"$WORK/review.urls"
printf '%s\t%s\n' "$API/api/introductions?role=BROKER&pending=true" "$BROKER_TOKEN" >"$WORK/broker.urls"
for s in inbox conversation unread review broker; do SCRIPT[$s]="$PGB/$s.sql"; done
PGVARS[inbox]="-D me=$HEAVY_ID -D limit=21"
PGVARS[unread]="-D me=$HEAVY_ID"
PGVARS[conversation]="-D me=$HEAVY_ID -D limit=21 -D cmin=$CMIN"
PGVARS[review]="-D me=$HEAVY_ID -D limit=21"
PGVARS[broker]="-D me=$BROKER_ID -D limit=21"

# Writes. The page rendering statement (VIEW_ROWS) is the app's own, dumped by SqlDump.
with_view_rows() { # pgbench file -> the same with "-- VIEW_ROWS" replaced by the statement
  local out="$WORK/$(basename "$1")"
  awk -v vr="$(anyfy <"$SQL/VIEW_ROWS.sql" | tr '\n' ' ');" '$0 == "-- VIEW_ROWS" {print vr; next} {print}' "$1" >"$out"
  echo "$out"
}
declare -A WRITE=([post]=1 [like]=1 [invite]=1 [accept]=1 [follow_popular]=1)
declare -A PREPARE=([post]=prep_post [like]=prep_like [invite]=prep_invite [accept]=prep_accept
  [follow_popular]=prep_follow [events]=prep_events)
declare -A AFTER=([post]=clean_posts [follow_popular]=clean_follows)
declare -A PG_AFTER=([post]=clean_posts [accept]=clean_invitations [follow_popular]=clean_follows)
SCRIPT[post]="$(with_view_rows "$PGB/post.sql")"
SCRIPT[like]="$(with_view_rows "$PGB/like.sql")"
SCRIPT[invite]="$PGB/invite.sql"
SCRIPT[accept]="$PGB/accept.sql"
SCRIPT[follow_popular]="$PGB/follow.sql"
open_count() { echo $(( RATES[$1] * SECONDS_PER_RUN * 11 / 10 + 1 )); }
CLOSED_LINES=2500
# Follows need a member each who does not follow yet, logged in first (~150 a second here): 1,500
# cover a 3 s closed loop at the ~450 follows a second measured (it stops early when they run out).
FOLLOW_CLOSED_LINES=1500

# Splits request lines (stdin) into the open-loop file (first n) and the closed-loop file (the rest).
split_lines() { # scenario, n
  local all="$WORK/$1.all.urls"; cat >"$all"
  sed -n "1,$2p" "$all" >"$WORK/$1.open.urls"; sed -n "$(( $2 + 1 )),$(( $2 + CLOSED_LINES ))p" "$all" >"$WORK/$1.closed.urls"
}

prep_post() {
  local n; n="$(open_count post)"
  for i in $(seq 1 $(( n + CLOSED_LINES ))); do
    local id="${TYP_IDS[$(( i % 40 ))]}"
    printf 'POST\t%s\t%s\t{"text":"bench-write: post %d, thoughts on hiring this quarter."}\n' "$API/api/posts" "${TOK[$id]}" "$i"
  done | split_lines post "$n"
}
clean_posts() { q "DELETE FROM posts WHERE text LIKE 'bench-write:%'" >/dev/null; }

prep_like() { # (member, public post it has not liked) pairs: the API takes the first ones, pgbench the rest
  local n; n="$(open_count like)"
  q "DROP TABLE IF EXISTS bench_like_queue; DROP SEQUENCE IF EXISTS bench_like_seq;
     CREATE TABLE bench_like_queue AS
     SELECT row_number() OVER () AS n, member_id, post_id, author_id FROM (
       SELECT DISTINCT ON (b.member_id, p.id) b.member_id, p.id AS post_id, p.author_id
       FROM generate_series(1, 60000) g
       JOIN bench_typical b ON b.i = 1 + g % 40
       JOIN posts p ON p.id = (SELECT min(id) FROM posts) + (hashint8(g::bigint + extract(epoch FROM now())::bigint) & 1048575)
       WHERE p.visibility = 'PUBLIC' AND p.author_id <> b.member_id
         AND NOT EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.member_id = b.member_id)) x;
     CREATE UNIQUE INDEX ON bench_like_queue (n);
     CREATE SEQUENCE bench_like_seq START $(( n + CLOSED_LINES + 1 ))" >/dev/null
  q "select member_id, post_id from bench_like_queue order by n limit $(( n + CLOSED_LINES ))" \
    | while IFS='|' read -r m p; do printf 'POST\t%s\t%s\n' "$API/api/posts/$p/like" "${TOK[$m]}"; done \
    | split_lines like "$n"
}

prep_invite() { # the API: typical members 1-50 invite 51-100; pgbench: typical members invite others
  local n; n="$(open_count invite)"
  q "select s.member_id, r.member_id from bench_typical s join bench_typical r on r.i > 50 and s.i <= 50
     where not exists (select 1 from connections c where c.member_a_id = least(s.member_id, r.member_id)
                                                    and c.member_b_id = greatest(s.member_id, r.member_id))
       and not exists (select 1 from invitations i where (i.sender_id, i.recipient_id) in
                         ((s.member_id, r.member_id), (r.member_id, s.member_id)))
     order by hashint8(s.member_id * 1000003 + r.member_id)" \
    | while IFS='|' read -r s r; do
        printf 'POST\t%s\t%s\t{"recipientId":%s,"note":"Hi, we met at the Berlin payments meetup last week and talked about ledger design."}\n' \
          "$API/api/invitations" "${TOK[$s]}" "$r"
      done | split_lines invite "$n"
  q "DROP TABLE IF EXISTS bench_invite_queue; DROP SEQUENCE IF EXISTS bench_invite_seq;
     CREATE TABLE bench_invite_queue AS
     SELECT row_number() OVER () AS n, s AS sender_id, r AS recipient_id FROM (
       SELECT DISTINCT b.member_id AS s, m.id AS r
       FROM generate_series(1, 40000) g JOIN bench_typical b ON b.i = 1 + g % 100
       JOIN members m ON m.id = (SELECT min(id) FROM members WHERE handle LIKE 'bench\_%') + 2000 + (hashint4(g) & 65535)
       WHERE m.id <> b.member_id AND NOT EXISTS (SELECT 1 FROM bench_typical t WHERE t.member_id = m.id)
         AND NOT EXISTS (SELECT 1 FROM connections c WHERE c.member_a_id = least(b.member_id, m.id) AND c.member_b_id = greatest(b.member_id, m.id))
         AND NOT EXISTS (SELECT 1 FROM invitations i WHERE (i.sender_id, i.recipient_id) IN ((b.member_id, m.id), (m.id, b.member_id)))) x;
     CREATE UNIQUE INDEX ON bench_invite_queue (n);
     CREATE SEQUENCE bench_invite_seq" >/dev/null
}

prep_accept() { # the invitations the invite scenario sent, accepted by their recipients
  local n; n="$(open_count accept)"
  q "select i.id, i.recipient_id from invitations i
     where i.state = 'PENDING' and i.sender_id in (select member_id from bench_typical where i <= 50)
       and i.recipient_id in (select member_id from bench_typical where i > 50) order by i.id" \
    | while IFS='|' read -r id r; do printf 'POST\t%s\t%s\n' "$API/api/invitations/$id/accept" "${TOK[$r]}"; done \
    | split_lines accept "$n"
  q "DROP TABLE IF EXISTS bench_accept_queue; DROP SEQUENCE IF EXISTS bench_accept_seq;
     CREATE TABLE bench_accept_queue AS
     SELECT row_number() OVER (ORDER BY id) AS n, id AS invitation_id, sender_id, recipient_id
     FROM invitations WHERE state = 'PENDING' AND note LIKE 'pgbench:%';
     CREATE UNIQUE INDEX ON bench_accept_queue (n);
     CREATE SEQUENCE bench_accept_seq" >/dev/null
}
clean_invitations() { # what the invite and accept scenarios made, through the triggers (counters stay exact)
  q "WITH made AS (
       SELECT id, sender_id, recipient_id FROM invitations
       WHERE note LIKE 'pgbench:%'
          OR (sender_id IN (SELECT member_id FROM bench_typical) AND recipient_id IN (SELECT member_id FROM bench_typical)
              AND created_at > (SELECT built_at FROM bench_dataset))),
     c AS (DELETE FROM connections x USING made
           WHERE x.member_a_id = least(made.sender_id, made.recipient_id) AND x.member_b_id = greatest(made.sender_id, made.recipient_id)
             AND x.created_at > (SELECT built_at FROM bench_dataset)),
     pairs AS (SELECT sender_id AS a, recipient_id AS b FROM made UNION ALL SELECT recipient_id, sender_id FROM made),
     f AS (DELETE FROM follows x USING pairs
           WHERE x.follower_id = pairs.a AND x.followee_id = pairs.b
             AND x.created_at > (SELECT built_at FROM bench_dataset)),
     ib AS (DELETE FROM inbox_items x USING made WHERE x.reference_type = 'INVITATION' AND x.reference_id = made.id)
     DELETE FROM invitations x USING made WHERE x.id = made.id" >/dev/null
}

POPULAR=""
prep_follow() { # 200 follows a second of one popular member, by members who do not follow it yet
  local n; n="$(open_count follow_popular)"
  POPULAR="$(q "select member_id from member_graph_totals where followers < 60000 order by followers desc limit 1")"
  log "follow_popular: member $POPULAR has $(q "select followers from member_graph_totals where member_id = $POPULAR") followers; logging in $(( n + FOLLOW_CLOSED_LINES )) members who do not follow it"
  q "DROP TABLE IF EXISTS bench_follow_queue; DROP SEQUENCE IF EXISTS bench_follow_seq;
     CREATE TABLE bench_follow_queue AS
     SELECT row_number() OVER (ORDER BY hashint8(m.id)) AS n, m.id AS member_id FROM members m
     WHERE m.handle LIKE 'bench\_%' AND m.id <> $POPULAR
       AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = m.id AND f.followee_id = $POPULAR);
     CREATE UNIQUE INDEX ON bench_follow_queue (n);
     CREATE SEQUENCE bench_follow_seq START $(( n + FOLLOW_CLOSED_LINES + 1 ))" >/dev/null
  q "select m.id, m.email from bench_follow_queue q join members m on m.id = q.member_id where q.n <= $(( n + FOLLOW_CLOSED_LINES )) order by q.n" \
    | login_all | while IFS=$'\t' read -r id tok; do printf 'PUT\t%s\t%s\n' "$API/api/me/following/$POPULAR" "$tok"; done \
    | split_lines follow_popular "$n"
  PGVARS[follow_popular]="-D popular=$POPULAR"
}
clean_follows() {
  [[ -n "$POPULAR" ]] && q "DELETE FROM follows WHERE followee_id = $POPULAR
                              AND follower_id IN (SELECT member_id FROM bench_follow_queue)" >/dev/null
  return 0
}
for s in post like invite accept; do PGVARS[$s]=""; done

EVENTS_TOKEN=""
prep_events() { # messages from one of bench_1's conversation partners, to bench_1's open stream
  local other email
  other="$(q "select other_id from conversation_members where member_id = $HEAVY_ID and conversation_id = $CMIN")"
  email="$(q "select email from members where id = $other")"
  EVENTS_TOKEN="$HEAVY_TOKEN"
  local tok; tok="$(token "$email")"
  for i in $(seq 1 $(( RATES[events] * SECONDS_PER_RUN + 20 ))); do
    printf 'POST\t%s\t%s\t{"text":"live %d: are we still on for Thursday?"}\n' "$API/api/conversations/$CMIN/messages" "$tok" "$i"
  done >"$WORK/events.urls"
}
