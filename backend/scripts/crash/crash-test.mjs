// Crash safety, proven. Run through ../crash-test.sh (which sets QUARKUS_DATASOURCE_*, PG*,
// RAPPORT_PG_DIR and the CRASH_* variables); Node 20, no dependencies.
//
// 1. Starts the built jar, signs up a few members.
// 2. Workers write concurrently (posts, comments, likes, reshares, follows, invitations and
//    their decisions, tags, messages). Every creation carries an Idempotency-Key; a write
//    that gets no answer (connection refused or reset, timeout) or a 5xx is retried with the
//    same key until it is acknowledged (2xx) or refused (4xx).
// 3. Meanwhile: SIGKILL of the backend mid-load, restart (3 times); then SIGKILL of the
//    PostgreSQL postmaster: while it is down, probes check 503 problem+json DATABASE_UNAVAILABLE
//    (never a 500, never a stack trace) and readiness DOWN; it is restarted and the backend,
//    not restarted, must recover by itself.
// 4. Checks in SQL: every acknowledged write is there, nothing was created twice, nothing is
//    half-done (connections with both follows, decided requests with their effect, every
//    counter equal to a count of its rows). Prints the counts; exits 1 on any failure.
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const PORT = Number(process.env.CRASH_PORT ?? 8219);
const BASE = `http://127.0.0.1:${PORT}`;
const JAR = process.env.CRASH_JAR;
const OUT = process.env.CRASH_OUT;
const WITH_DB = process.env.CRASH_WITH_DB;
const PG_DIR = process.env.RAPPORT_PG_DIR;
const MEMBERS = 12;
const WORKERS = 8;
const BACKEND_KILLS = 3;
const WRITE_DEADLINE_MS = 120_000;
const run = Date.now().toString(36);
const t0 = Date.now();

const stats = {
  attempted: 0, acknowledged: 0, refused: 0, abandoned: 0, retries: 0, replays: 0,
  backendKills: 0, postgresKills: 0, seen503: 0, bad5xx: [], readinessDown: false,
  recoveredAfterMs: null, byKind: {},
};
const failures = [];
const fail = (msg) => { failures.push(msg); console.error(`[crash] FAIL: ${msg}`); };
const log = (msg) => console.log(`[crash] ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pick = (a) => a[Math.floor(Math.random() * a.length)];

// ---------------------------------------------------------------- backend process
let app = null;
let starts = 0;
function startBackend() {
  starts += 1;
  const logFile = openSync(`${OUT}/app-${starts}.log`, 'w');
  app = spawn('java', [
    // The same flags as scripts/e2e.sh, and more: this run writes far above a member's quota.
    '-Drapport.rate-limits.policies.sign-up=100000/1m', '-Drapport.rate-limits.policies.log-in=100000/1m',
    '-Drapport.rate-limits.log-in-per-email=100000/1m', '-Drapport.rate-limits.writes=100000/1m',
    '-Drapport.rate-limits.reads=100000/1m', '-Drapport.rate-limits.policies.invitations=100000/1m',
    '-XX:TieredStopAtLevel=1', '-Xmx512m',
    '-jar', JAR,
  ], { env: { ...process.env, PORT: String(PORT), RAPPORT_LOG_JSON: 'true' }, stdio: ['ignore', logFile, logFile] });
  app.on('exit', () => { });
}
async function waitReady(timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${BASE}/q/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) return true;
    } catch { /* not up yet */ }
    await sleep(200);
  }
  return false;
}
function killBackend(signal = 'SIGKILL') {
  const p = app;
  app = null;
  if (p && p.exitCode === null) p.kill(signal);
  return new Promise((r) => (p && p.exitCode === null ? p.once('exit', r) : r()));
}

// ---------------------------------------------------------------- PostgreSQL
function postmasterPid() {
  return Number(readFileSync(`${PG_DIR}/data/postmaster.pid`, 'utf8').split('\n')[0]);
}
async function restartPostgres() {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    // with-db.sh knows how the local cluster is started (as user postgres when root).
    const r = spawnSync(WITH_DB, ['rapport_crash', 'true'], { env: { ...process.env, FRESH_DB: '' }, encoding: 'utf8' });
    if (r.status === 0) return true;
    await sleep(1000); // e.g. the killed server's backends still hold its shared memory
  }
  return false;
}
function sql(query) {
  return execFileSync('psql', ['-X', '-At', '-v', 'ON_ERROR_STOP=1', '-c', query], { encoding: 'utf8' }).trim();
}

// ---------------------------------------------------------------- HTTP
async function call(method, path, { token, body, key } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['Idempotency-Key'] = key;
  try {
    const r = await fetch(BASE + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(15_000),
    });
    const text = await r.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: r.status, headers: r.headers, text, json };
  } catch (e) {
    return { status: 0, error: e.cause?.code ?? e.name };
  }
}

/** Checks a 5xx: only 503 problem+json DATABASE_UNAVAILABLE with Retry-After and no internals passes. */
function check5xx(r, what) {
  const type = r.headers.get('content-type') ?? '';
  const ok = r.status === 503 && type.startsWith('application/problem+json') && r.json?.code === 'DATABASE_UNAVAILABLE'
    && r.headers.get('retry-after') && !/Exception|\tat |\.java:/.test(r.text);
  if (ok) stats.seen503 += 1;
  else stats.bad5xx.push(`${what}: ${r.status} ${type} ${r.text.slice(0, 200)}`);
}

/**
 * One logical write: retried with the same key (same request) until acknowledged or refused.
 * Returns the 2xx response, or null when refused (4xx) or abandoned at the deadline.
 */
async function write(kind, method, path, { token, body, idempotent = true, marker = null } = {}) {
  const key = idempotent ? randomUUID() : undefined;
  const entry = { kind, marker, acked: false, attempts: 0 };
  stats.attempted += 1;
  const k = (stats.byKind[kind] ??= { attempted: 0, acknowledged: 0, refused: 0 });
  k.attempted += 1;
  const until = Date.now() + WRITE_DEADLINE_MS;
  while (Date.now() < until) {
    entry.attempts += 1;
    if (entry.attempts > 1) stats.retries += 1;
    const r = await call(method, path, { token, body, key });
    entry.last = r.status === 0 ? r.error : `${r.status} ${r.text.slice(0, 120)}`;
    if (r.status >= 200 && r.status < 300) {
      entry.acked = true;
      stats.acknowledged += 1;
      k.acknowledged += 1;
      if (r.headers.get('idempotent-replayed') === 'true') stats.replays += 1;
      writes.push(entry);
      return r;
    }
    if (r.status >= 500) check5xx(r, `${method} ${path}`);
    if (r.status === 422 && r.json?.code === 'IDEMPOTENCY_KEY_REUSED') fail(`${kind}: a retry with its own key was refused: ${r.text}`);
    if (r.status >= 400 && r.status < 500 && r.status !== 429) {
      stats.refused += 1;
      k.refused += 1;
      writes.push(entry);
      return null;
    }
    await sleep(r.status === 503 ? 500 : 250); // not answered: retry the very same request
  }
  stats.abandoned += 1;
  console.error(`[crash] abandoned ${method} ${path} after ${entry.attempts} attempts; last answer: ${entry.last}`);
  writes.push(entry);
  return null;
}
const writes = [];

// ---------------------------------------------------------------- the network being written
const members = [];
const publicPosts = [];               // { id, author }
const invitationsTo = new Map();      // recipient index -> [{ id, from }]
const connected = new Set();          // "i:j" with i < j, from acknowledged accepts
const expected = {                    // what acknowledged writes promise
  markers: new Map(),                 // marker -> table it must be in once
  follows: [],                        // [follower id, followee id]
  likes: [],                          // [post id, member id]
  accepted: [], madeFollower: [],     // invitation ids
  tagged: [],                         // [tag id, member id]
};

async function signUp(i) {
  const handle = `c${run}${i}`;
  const r = await call('POST', '/api/accounts', {
    body: { email: `${handle}@crash.test`, password: 'crash-test-password', handle, displayName: `Crash Member ${i}` },
  });
  if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${r.text}`);
  return { i, id: r.json.member.id, token: r.json.accessToken, name: `Crash Member ${i}` };
}

const OPS = [
  [24, async (me) => {
    const marker = `crash-${run}-${randomUUID().slice(0, 12)}`;
    const r = await write('post', 'POST', '/api/posts', { token: me.token, marker, body: { text: `Post ${marker}`, visibility: 'PUBLIC' } });
    if (r) { expected.markers.set(marker, 'posts'); publicPosts.push({ id: r.json.id, author: me.i }); }
  }],
  [20, async (me) => {
    if (!publicPosts.length) return;
    const post = pick(publicPosts);
    const marker = `crash-${run}-${randomUUID().slice(0, 12)}`;
    const r = await write('comment', 'POST', `/api/posts/${post.id}/comments`, { token: me.token, marker, body: { text: `Comment ${marker}` } });
    if (r) expected.markers.set(marker, 'comments');
  }],
  [8, async (me) => {
    if (!publicPosts.length) return;
    const post = pick(publicPosts);
    const r = await write('like', 'POST', `/api/posts/${post.id}/like`, { token: me.token, idempotent: false });
    if (r) expected.likes.push([post.id, me.id]);
  }],
  [4, async (me) => {
    const others = publicPosts.filter((p) => p.author !== me.i);
    if (!others.length) return;
    const marker = `crash-${run}-${randomUUID().slice(0, 12)}`;
    const r = await write('reshare', 'POST', `/api/posts/${pick(others).id}/reshare`, { token: me.token, marker, body: { text: `Reshare ${marker}` } });
    if (r) expected.markers.set(marker, 'posts');
  }],
  [10, async (me) => {
    const other = pick(members.filter((m) => m !== me));
    const r = await write('follow', 'PUT', `/api/me/following/${other.id}`, { token: me.token, idempotent: false });
    if (r) expected.follows.push([me.id, other.id]);
  }],
  [10, async (me) => {
    const other = pick(members.filter((m) => m !== me));
    const marker = `crash-${run}-${randomUUID().slice(0, 12)}`;
    const r = await write('invitation', 'POST', '/api/invitations', {
      token: me.token, marker,
      body: { recipientId: other.id, note: `${other.name}, we met at the crash-test meetup in Lisbon; let us stay in touch (${marker}).` },
    });
    if (r) {
      expected.markers.set(marker, 'invitations');
      if (r.json.status === 'PENDING' || r.json.state === 'PENDING') {
        const list = invitationsTo.get(other.i) ?? [];
        list.push({ id: r.json.id, from: me.i });
        invitationsTo.set(other.i, list);
      }
    }
  }],
  [10, async (me) => {
    const pending = invitationsTo.get(me.i) ?? [];
    if (!pending.length) return;
    const inv = pending.splice(Math.floor(Math.random() * pending.length), 1)[0];
    if (Math.random() < 0.75) {
      const r = await write('accept', 'POST', `/api/invitations/${inv.id}/accept`, { token: me.token });
      if (r) {
        expected.accepted.push(inv.id);
        connected.add([Math.min(me.i, inv.from), Math.max(me.i, inv.from)].join(':'));
      }
    } else {
      const r = await write('make-follower', 'POST', `/api/invitations/${inv.id}/make-follower`, { token: me.token });
      if (r) expected.madeFollower.push(inv.id);
    }
  }],
  [10, async (me) => {
    const partners = [...connected].map((p) => p.split(':').map(Number)).filter((p) => p.includes(me.i))
      .map((p) => (p[0] === me.i ? p[1] : p[0]));
    if (!partners.length) return;
    const other = members[pick(partners)];
    const marker = `crash-${run}-${randomUUID().slice(0, 12)}`;
    const r = await write('message', 'POST', '/api/conversations', { token: me.token, marker, body: { recipientId: other.id, text: `Message ${marker}` } });
    if (r) expected.markers.set(marker, 'messages');
  }],
  [4, async (me) => {
    const marker = `t${randomUUID().slice(0, 12)}`;
    const tag = await write('tag', 'POST', '/api/tags', { token: me.token, marker, body: { name: marker } });
    if (!tag) return;
    expected.markers.set(marker, 'tags');
    const other = pick(members.filter((m) => m !== me));
    // A tag needs a contact: follow first (idempotent), then tag.
    if (await write('follow', 'PUT', `/api/me/following/${other.id}`, { token: me.token, idempotent: false })) {
      expected.follows.push([me.id, other.id]);
      const r = await write('tag-member', 'PUT', `/api/tags/${tag.json.id}/members/${other.id}`, { token: me.token, idempotent: false });
      if (r) expected.tagged.push([tag.json.id, other.id]);
    }
  }],
];
const totalWeight = OPS.reduce((s, [w]) => s + w, 0);
function chooseOp() {
  let x = Math.random() * totalWeight;
  for (const [w, op] of OPS) { if ((x -= w) < 0) return op; }
  return OPS[0][1];
}

let loading = true;
async function worker() {
  while (loading) {
    await chooseOp()(pick(members));
    await sleep(5);
  }
}

// ---------------------------------------------------------------- the outage probes
async function probeOutage(token, ms) {
  const until = Date.now() + ms;
  let probes = 0;
  while (Date.now() < until) {
    const ready = await call('GET', '/q/health/ready');
    if (ready.status === 503 && ready.json?.status === 'DOWN') stats.readinessDown = true;
    for (const r of [
      await call('GET', '/api/feeds/home', { token }),
      await call('POST', '/api/posts', { token, key: randomUUID(), body: { text: 'During the outage', visibility: 'PUBLIC' } }),
    ]) {
      probes += 1;
      if (r.status >= 500) check5xx(r, 'outage probe');
      else if (r.status !== 0) fail(`while PostgreSQL was down a request got ${r.status}: ${r.text?.slice(0, 200)}`);
    }
    await sleep(200);
  }
  return probes;
}

// ---------------------------------------------------------------- verification
function verify() {
  const one = (q) => Number(sql(q));
  // Acknowledged creations are there once; unacknowledged ones at most once.
  const tables = {
    posts: "SELECT substring(text from 'crash-[a-z0-9]+-[0-9a-f-]{12}') m, count(*) FROM posts WHERE text LIKE 'Post crash-%' OR text LIKE 'Reshare crash-%' GROUP BY 1",
    comments: "SELECT substring(text from 'crash-[a-z0-9]+-[0-9a-f-]{12}') m, count(*) FROM comments GROUP BY 1",
    messages: "SELECT substring(body from 'crash-[a-z0-9]+-[0-9a-f-]{12}') m, count(*) FROM messages GROUP BY 1",
    invitations: "SELECT substring(note from 'crash-[a-z0-9]+-[0-9a-f-]{12}') m, count(*) FROM invitations GROUP BY 1",
    tags: 'SELECT name, count(*) FROM tags GROUP BY 1',
  };
  const found = new Map();
  let duplicates = 0;
  for (const [table, q] of Object.entries(tables)) {
    for (const line of sql(q).split('\n').filter(Boolean)) {
      const [m, n] = line.split('|');
      found.set(m, { table, n: Number(n) });
      if (Number(n) > 1) { duplicates += Number(n) - 1; fail(`${table}: ${m} is there ${n} times`); }
    }
  }
  let present = 0;
  for (const [marker, table] of expected.markers) {
    const f = found.get(marker);
    if (!f || f.table !== table) fail(`acknowledged ${table} ${marker} is missing`);
    else present += 1;
  }
  const pairs = (list, q) => {
    let ok = 0;
    for (const [a, b] of list) { if (one(q(a, b)) === 1) ok += 1; else fail(`acknowledged ${q(a, b)} found nothing`); }
    return ok;
  };
  present += pairs(expected.follows, (a, b) => `SELECT count(*) FROM follows WHERE follower_id = ${a} AND followee_id = ${b}`);
  present += pairs(expected.likes, (p, m) => `SELECT count(*) FROM post_likes WHERE post_id = ${p} AND member_id = ${m}`);
  present += pairs(expected.tagged, (t, m) => `SELECT count(*) FROM tagged_members WHERE tag_id = ${t} AND member_id = ${m}`);
  for (const id of expected.accepted) {
    if (one(`SELECT count(*) FROM invitations i JOIN connections c ON c.member_a_id = LEAST(i.sender_id, i.recipient_id)
               AND c.member_b_id = GREATEST(i.sender_id, i.recipient_id) WHERE i.id = ${id} AND i.state = 'ACCEPTED'`) === 1) present += 1;
    else fail(`accepted invitation ${id}: not ACCEPTED with its connection`);
  }
  for (const id of expected.madeFollower) {
    if (one(`SELECT count(*) FROM invitations i JOIN follows f ON f.follower_id = i.sender_id AND f.followee_id = i.recipient_id
               WHERE i.id = ${id} AND i.state = 'MADE_FOLLOWER'`) === 1) present += 1;
    else fail(`made-follower invitation ${id}: not MADE_FOLLOWER with its follow`);
  }

  // Nothing half-done: each check counts rows that disagree and must find none.
  const consistency = {
    'connections without both follows': `SELECT count(*) FROM connections c WHERE NOT EXISTS
        (SELECT 1 FROM follows f WHERE f.follower_id = c.member_a_id AND f.followee_id = c.member_b_id)
        OR NOT EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = c.member_b_id AND f.followee_id = c.member_a_id)`,
    'accepted requests without a connection': `SELECT count(*) FROM invitations i WHERE i.state = 'ACCEPTED' AND NOT EXISTS
        (SELECT 1 FROM connections c WHERE c.member_a_id = LEAST(i.sender_id, i.recipient_id) AND c.member_b_id = GREATEST(i.sender_id, i.recipient_id))`,
    'member_graph_counts.connections': `SELECT count(*) FROM member_graph_counts g WHERE g.connections <>
        (SELECT count(*) FROM connections c WHERE c.member_a_id = g.member_id OR c.member_b_id = g.member_id)`,
    'member_graph_counts.followers': `SELECT count(*) FROM member_graph_counts g WHERE g.followers <>
        (SELECT count(*) FROM follows f WHERE f.followee_id = g.member_id)`,
    'member_graph_counts.following': `SELECT count(*) FROM member_graph_counts g WHERE g.following <>
        (SELECT count(*) FROM follows f WHERE f.follower_id = g.member_id)`,
    'members without member_graph_counts': 'SELECT count(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM member_graph_counts g WHERE g.member_id = m.id)',
    'posts.like_count': 'SELECT count(*) FROM posts p WHERE p.like_count <> (SELECT count(*) FROM post_likes l WHERE l.post_id = p.id)',
    'posts.comment_count': 'SELECT count(*) FROM posts p WHERE p.comment_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id)',
    'posts.reshare_count': 'SELECT count(*) FROM posts p WHERE p.reshare_count <> (SELECT count(*) FROM posts r WHERE r.reshared_post_id = p.id)',
    'conversation_members.unread_count': `SELECT count(*) FROM conversation_members cm WHERE cm.unread_count <>
        (SELECT count(*) FROM messages m WHERE m.conversation_id = cm.conversation_id AND m.sender_id <> cm.member_id AND m.id > cm.read_up_to)`,
    'conversation_members.last_message_id': `SELECT count(*) FROM conversation_members cm WHERE cm.last_message_id IS DISTINCT FROM
        (SELECT max(m.id) FROM messages m WHERE m.conversation_id = cm.conversation_id)`,
    'conversations without both sides': 'SELECT count(*) FROM conversations c WHERE (SELECT count(*) FROM conversation_members cm WHERE cm.conversation_id = c.id) <> 2',
    'inbox_items (conversation) unread_count': `SELECT count(*) FROM inbox_items i JOIN conversation_members cm
        ON cm.conversation_id = i.reference_id AND cm.member_id = i.member_id
        WHERE i.kind = 'CONVERSATION' AND i.unread_count <> cm.unread_count`,
    'inbox_counters.unread': `SELECT count(*) FROM (
        SELECT coalesce(c.member_id, i.member_id) m, coalesce(c.unread, 0) counted, coalesce(i.n, 0) actual
          FROM inbox_counters c FULL JOIN (SELECT member_id, kind, count(*) n FROM inbox_items WHERE unread_count > 0 GROUP BY 1, 2) i
            ON i.member_id = c.member_id AND i.kind = c.kind) x WHERE counted <> actual`,
    'idempotency keys without an answer': 'SELECT count(*) FROM idempotency_keys WHERE status IS NULL',
  };
  const disagreements = {};
  for (const [name, q] of Object.entries(consistency)) {
    const n = one(q);
    disagreements[name] = n;
    if (n !== 0) fail(`${name}: ${n} rows disagree`);
  }
  const rows = {
    posts: one('SELECT count(*) FROM posts'), comments: one('SELECT count(*) FROM comments'),
    follows: one('SELECT count(*) FROM follows'), connections: one('SELECT count(*) FROM connections'),
    invitations: one('SELECT count(*) FROM invitations'), messages: one('SELECT count(*) FROM messages'),
    tags: one('SELECT count(*) FROM tags'), likes: one('SELECT count(*) FROM post_likes'),
    idempotencyKeys: one('SELECT count(*) FROM idempotency_keys'),
  };
  return { present, duplicates, disagreements, rows };
}

function jsonLogLines() {
  let json = 0; let withId = 0;
  for (let i = 1; i <= starts; i++) {
    for (const line of readFileSync(`${OUT}/app-${i}.log`, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const entry = JSON.parse(line);
        json += 1;
        if (entry.mdc?.requestId || /id=[0-9a-f-]{36}/.test(entry.message ?? '')) withId += 1;
      } catch { /* a torn last line of a killed process */ }
    }
  }
  return { json, withId };
}

// ---------------------------------------------------------------- the run
async function main() {
  startBackend();
  if (!await waitReady()) throw new Error(`the backend did not start; see ${OUT}/app-1.log`);
  for (let i = 0; i < MEMBERS; i++) members.push(await signUp(i));
  log(`backend up, ${MEMBERS} members; load starts with ${WORKERS} workers`);
  const load = Array.from({ length: WORKERS }, worker);

  for (let k = 1; k <= BACKEND_KILLS; k++) {
    await sleep(4000 + Math.random() * 2000);
    await killBackend('SIGKILL');
    stats.backendKills += 1;
    log(`SIGKILL backend #${k} (${stats.attempted} writes so far); restarting`);
    await sleep(300);
    startBackend();
    if (!await waitReady()) throw new Error(`the backend did not come back; see ${OUT}/app-${starts}.log`);
    log('backend ready again');
  }

  await sleep(4000);
  const pid = postmasterPid();
  process.kill(pid, 'SIGKILL');
  stats.postgresKills += 1;
  log(`SIGKILL PostgreSQL postmaster (pid ${pid}); probing the backend while it is down`);
  const probes = await probeOutage(members[0].token, 6000);
  log(`${probes} probes during the outage; restarting PostgreSQL`);
  if (!await restartPostgres()) throw new Error('PostgreSQL did not restart');
  const back = Date.now();
  log('PostgreSQL up again (crash recovery done); waiting for the backend to recover by itself');
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const r = await call('GET', '/q/health/ready');
    const w = await call('POST', '/api/posts', { token: members[0].token, body: { text: 'After the outage', visibility: 'PUBLIC' } });
    if (r.status === 200 && w.status === 201) { stats.recoveredAfterMs = Date.now() - back; break; }
    await sleep(250);
  }
  if (stats.recoveredAfterMs === null) fail('the backend did not recover within 60 s of PostgreSQL coming back');
  else log(`backend recovered ${stats.recoveredAfterMs} ms after PostgreSQL came back (not restarted)`);

  await sleep(4000);
  loading = false;
  log('load stops; waiting for in-flight writes and their retries');
  await Promise.all(load);
  const logs = jsonLogLines();
  await killBackend('SIGTERM');

  const v = verify();
  if (!stats.readinessDown) fail('readiness never went DOWN while PostgreSQL was down');
  if (stats.seen503 === 0) fail('no 503 was seen while PostgreSQL was down');
  if (stats.bad5xx.length) fail(`${stats.bad5xx.length} 5xx answers that are not 503 DATABASE_UNAVAILABLE problems, e.g. ${stats.bad5xx[0]}`);
  if (stats.abandoned) fail(`${stats.abandoned} writes were never answered within ${WRITE_DEADLINE_MS / 1000} s`);
  if (logs.json === 0) fail('RAPPORT_LOG_JSON=true produced no JSON log line');

  console.log('\n[crash] ---------------------------------------------------------------- counts');
  console.log(`[crash] writes attempted       ${stats.attempted}  (${Object.entries(stats.byKind).map(([k, c]) => `${k} ${c.attempted}`).join(', ')})`);
  console.log(`[crash] acknowledged (2xx)     ${stats.acknowledged}  (${stats.replays} of them replays of a first answer lost in a crash)`);
  console.log(`[crash] refused (4xx, by rule) ${stats.refused}  (e.g. an invitation to someone already invited)`);
  console.log(`[crash] retries sent           ${stats.retries}`);
  console.log(`[crash] acknowledged, found    ${v.present} of ${expected.markers.size + expected.follows.length + expected.likes.length + expected.tagged.length + expected.accepted.length + expected.madeFollower.length} checked`);
  console.log(`[crash] created twice          ${v.duplicates}`);
  console.log(`[crash] kills                  backend SIGKILL ${stats.backendKills}, PostgreSQL postmaster SIGKILL ${stats.postgresKills}`);
  console.log(`[crash] 503 problems seen      ${stats.seen503}; other 5xx ${stats.bad5xx.length}; readiness DOWN seen: ${stats.readinessDown}; recovered in ${stats.recoveredAfterMs} ms`);
  console.log(`[crash] counters checked       ${Object.keys(v.disagreements).length} checks, ${Object.values(v.disagreements).reduce((a, b) => a + b, 0)} rows disagreeing`);
  console.log(`[crash] rows                   ${Object.entries(v.rows).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`[crash] JSON log lines         ${logs.json} (${logs.withId} naming their request id)`);
  console.log(`[crash] run time               ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (failures.length) {
    console.log(`[crash] FAILED: ${failures.length} problems (first: ${failures[0]})`);
    process.exit(1);
  }
  console.log('[crash] PASSED: every acknowledged write is there once, nothing half-done, 503 while the database was down, recovered by itself');
}

main().catch(async (e) => {
  console.error(`[crash] ${e.stack ?? e}`);
  await killBackend('SIGKILL');
  process.exit(1);
});
process.on('exit', () => { if (app && app.exitCode === null) app.kill('SIGKILL'); });
