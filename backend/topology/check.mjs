// The topology test: a mixed sequence of requests spread over the instances (directly and through
// HAProxy) that must behave as one service. Run by test.sh once up.sh has started everything.
// Prints what it counted; exits non-zero on the first broken promise.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const env = process.env;
const dir = env.TOPO_DIR ?? '/tmp/rapport-topo';
const lb = `http://127.0.0.1:${env.TOPO_HAPROXY_PORT ?? 8220}`;
const ports = (env.TOPO_APP_PORTS ?? '8221 8222').split(/\s+/).filter(Boolean);
const [A, B] = ports.map((p) => `http://127.0.0.1:${p}`);
const pgPort = env.TOPO_PG_PORT ?? '15442';
const replicaPort = env.TOPO_REPLICA_PORT ?? '15452';
const counts = {};
const started = Date.now();

const say = (msg) => console.log(`[topology-test] ${msg}`);
function check(ok, msg) {
  if (!ok) {
    throw new Error(`FAILED: ${msg}`);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function sql(port, query) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'rapport', '-qAtc', query],
    { encoding: 'utf8' }).trim();
}

async function call(base, method, path, { token, body, headers = {} } = {}) {
  const h = { Accept: 'application/json', ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  const res = await fetch(base + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { status: res.status, json, text, headers: res.headers };
}

let serial = 0;
async function signUp(base, name) {
  const handle = `topo_${process.pid}_${++serial}_${Math.floor(Math.random() * 1e6)}`.slice(0, 30);
  const email = `${handle}@example.test`;
  const r = await call(base, 'POST', '/api/accounts',
    { body: { email, password: 'correct-horse-battery', handle, displayName: name } });
  check(r.status === 201, `sign-up through ${base}: ${r.status} ${r.text}`);
  return { id: r.json.member.id, handle, email, token: r.json.accessToken };
}

// --- 1. sessions ---------------------------------------------------------------------------------
async function sessions() {
  const ann = await signUp(A, 'Ann Session');
  check((await call(B, 'GET', '/api/me', { token: ann.token })).status === 200, 'a session from A works on B');
  const again = await call(B, 'POST', '/api/tokens', { body: { email: ann.email, password: 'correct-horse-battery' } });
  check(again.status === 200 || again.status === 201, `log-in through B: ${again.status}`);
  check((await call(A, 'GET', '/api/me', { token: again.json.accessToken })).status === 200, 'a session from B works on A');
  check((await call(B, 'POST', '/api/me/sessions/current/end', { token: ann.token })).status === 204, 'log-out through B');
  for (const base of [A, B, lb]) {
    const r = await call(base, 'GET', '/api/me', { token: ann.token });
    check(r.status === 401, `the ended session still works through ${base}: ${r.status}`);
  }
  check((await call(lb, 'GET', '/api/me', { token: again.json.accessToken })).status === 200, 'the other session lives on');
  counts.sessions = 'log in on A, use on B; log in on B, use on A; log out on B: refused on A, B and HAProxy';
  say(`sessions: ${counts.sessions}`);
}

// --- 2. a rate limit reached through A holds on B --------------------------------------------------
// rapport.rate-limits.log-in-per-email stays at its default (10 a minute, one token back every 6 s).
async function rateLimits() {
  const cat = await signUp(A, 'Cat Limit');
  const statuses = [];
  for (let i = 0; i < 10; i++) {
    const r = await call(i % 2 ? B : A, 'POST', '/api/tokens', { body: { email: cat.email, password: 'wrong-password-' + i } });
    statuses.push(r.status);
  }
  check(statuses.every((s) => s === 401), `ten wrong passwords, alternating A and B, are 401s: ${statuses}`);
  const onA = await call(A, 'POST', '/api/tokens', { body: { email: cat.email, password: 'correct-horse-battery' } });
  const onB = await call(B, 'POST', '/api/tokens', { body: { email: cat.email, password: 'correct-horse-battery' } });
  check(onA.status === 429 && onB.status === 429, `the 11th and 12th attempts (A, then B) are refused: ${onA.status}, ${onB.status}`);
  check(onB.headers.get('retry-after') !== null, 'a 429 says when to retry');
  counts.rateLimit = `10 attempts (5 on A, 5 on B) then refused on A and on B (Retry-After ${onB.headers.get('retry-after')} s)`;
  say(`rate limit shared: ${counts.rateLimit}`);
}

// --- 3. event streams ------------------------------------------------------------------------------
async function openStream(base, ticket) {
  const ctl = new AbortController();
  const res = await fetch(`${base}/api/me/events?ticket=${encodeURIComponent(ticket)}`,
    { headers: { Accept: 'text/event-stream' }, signal: ctl.signal });
  check(res.status === 200, `event stream through ${base}: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events = [];
  let comments = 0;
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const e = { type: 'message', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments++;
            else if (line.startsWith('event:')) e.type = line.slice(6).trim();
            else if (line.startsWith('data:')) e.data += line.slice(5).trim();
            else if (line.startsWith('id:')) e.id = line.slice(3).trim();
          }
          if (e.data) events.push(e);
        }
      }
    } catch { /* aborted */ }
  })();
  const stream = {
    events,
    comments: () => comments,
    close: () => ctl.abort(),
    async next(type, predicate, ms = 15000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const i = events.findIndex((e) => e.type === type && predicate(JSON.parse(e.data)));
        if (i >= 0) return events.splice(i, 1)[0];
        await sleep(20);
      }
      return null;
    },
  };
  const deadline = Date.now() + 15000;
  while (comments === 0 && Date.now() < deadline) await sleep(20);
  check(comments > 0, `the stream through ${base} never opened`);
  return stream;
}

async function eventStreams() {
  const ann = await signUp(A, 'Ann Stream');
  const bob = await signUp(B, 'Bob Stream');
  const inv = await call(A, 'POST', '/api/invitations', { token: ann.token,
    body: { recipientId: bob.id, note: 'We met at the topology meetup and talked about streaming replication.' } });
  check(inv.status === 201, `invitation through A: ${inv.status} ${inv.text}`);
  check((await call(B, 'POST', `/api/invitations/${inv.json.id}/accept`, { token: bob.token })).status === 200, 'accept through B');
  let delivered = 0;
  // Bob's ticket from A, his stream held by B; Ann writes through A.
  const ticket = (await call(A, 'POST', '/api/me/event-tickets', { token: bob.token })).json.ticket;
  const onB = await openStream(B, ticket);
  const conv = await call(A, 'POST', '/api/conversations', { token: ann.token, body: { recipientId: bob.id, text: 'hello across instances' } });
  check(conv.status === 201, `conversation through A: ${conv.status} ${conv.text}`);
  const first = await onB.next('message', (d) => d.conversationId === conv.json.id);
  check(first !== null, 'a message sent through A never reached the stream held by B');
  delivered++;
  // ...and the other way round, writes through HAProxy (either instance).
  const ticketA = (await call(B, 'POST', '/api/me/event-tickets', { token: ann.token })).json.ticket;
  const onA = await openStream(A, ticketA);
  for (let i = 0; i < 10; i++) {
    const m = await call(lb, 'POST', `/api/conversations/${conv.json.id}/messages`, { token: bob.token, body: { text: `reply ${i}` } });
    check(m.status === 201, `message through HAProxy: ${m.status}`);
    const e = await onA.next('message', (d) => d.messageId === m.json.id);
    check(e !== null, `message ${m.json.id} sent through HAProxy never reached the stream held by A`);
    delivered++;
  }
  onA.close();
  onB.close();
  counts.events = `${delivered}/11 messages delivered to a stream held by another instance (or via HAProxy)`;
  say(`event streams: ${counts.events}`);
}

// --- 4. idempotency keys across instances -----------------------------------------------------------
async function idempotencyKeys() {
  const contract = await (await fetch(`${A}/q/openapi`)).text();
  if (!contract.includes('Idempotency-Key')) {
    const banner = '!'.repeat(100);
    console.log(`${banner}\n[topology-test] SKIPPED: idempotency keys across instances. This build has no Idempotency-Key\n` +
      `[topology-test] support (branch "resilience" not merged yet). Merge it and this part runs.\n${banner}`);
    counts.idempotency = 'SKIPPED (no Idempotency-Key support in this build)';
    return;
  }
  const dan = await signUp(A, 'Dan Key');
  const key = `topology-${process.pid}-${Date.now()}`;
  const body = { text: 'Posted once, whatever the retries.', visibility: 'PUBLIC' };
  const first = await call(A, 'POST', '/api/posts', { token: dan.token, body, headers: { 'Idempotency-Key': key } });
  check(first.status === 201, `keyed post through A: ${first.status} ${first.text}`);
  const retry = await call(B, 'POST', '/api/posts', { token: dan.token, body, headers: { 'Idempotency-Key': key } });
  check(retry.status === first.status && retry.json?.id === first.json.id && retry.headers.get('idempotent-replayed') === 'true',
    `the retry through B answers the first answer: ${retry.status} ${retry.text}`);
  const other = await call(lb, 'POST', '/api/posts', { token: dan.token, body: { ...body, text: 'Another body' }, headers: { 'Idempotency-Key': key } });
  check(other.status === 422, `the same key with another body is a 422: ${other.status}`);
  const n = Number(sql(pgPort, `SELECT count(*) FROM posts WHERE author_id = ${dan.id}`));
  check(n === 1, `one post for one key, found ${n}`);
  counts.idempotency = 'key used on A, retried on B: same post, 1 row; other body: 422';
  say(`idempotency: ${counts.idempotency}`);
}

// --- 5. read-your-writes while the replica lags ---------------------------------------------------
function lagNow() {
  const row = sql(pgPort, `SELECT coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint || '|' ||
    coalesce(extract(epoch FROM replay_lag) * 1000, 0)::numeric(12,1) FROM pg_stat_replication LIMIT 1`);
  const [bytes, ms] = row.split('|');
  return { bytes: Number(bytes), ms: Number(ms) };
}

async function caughtUp() {
  const target = sql(pgPort, 'SELECT pg_current_wal_lsn()');
  for (let i = 0; i < 200; i++) {
    if (sql(replicaPort, `SELECT pg_last_wal_replay_lsn() >= '${target}'::pg_lsn`) === 't') return;
    await sleep(50);
  }
  check(false, 'the replica did not catch up within 10 s');
}

async function readYourWrites() {
  const writer = await signUp(A, 'Wes Writer');
  const reader = await signUp(B, 'Rae Reader');
  await caughtUp();
  sql(replicaPort, 'SELECT pg_wal_replay_pause()');
  try {
    const post = await call(A, 'POST', '/api/posts', { token: writer.token, body: { text: 'Written on A while the replica is paused.', visibility: 'PUBLIC' } });
    check(post.status === 201, `post through A: ${post.status}`);
    const lag = lagNow();
    const own = await call(B, 'GET', `/api/profiles/${writer.handle}/posts`, { token: writer.token });
    check(own.status === 200 && own.json.items.some((p) => p.id === post.json.id),
      'the writer does not see their own post when reading through B right after writing through A');
    const ownFeed = await call(lb, 'GET', '/api/feeds/home', { token: writer.token });
    check(ownFeed.status === 200 && ownFeed.json.items.some((i) => i.post.id === post.json.id),
      'the writer\'s home feed (through HAProxy) misses their own post');
    const other = await call(B, 'GET', `/api/profiles/${writer.handle}/posts`, { token: reader.token });
    check(other.status === 200, `another member's read through B: ${other.status}`);
    const stale = !other.json.items.some((p) => p.id === post.json.id);
    check(stale, 'another member saw the post while replay was paused: the read did not run on the replica');
    counts.readYourWrites = `replica paused ${lag.bytes} bytes behind: the writer saw the post through B at once ` +
      '(primary); another member, through B, did not yet (replica)';
    say(`read-your-writes: ${counts.readYourWrites}`);
    sql(replicaPort, 'SELECT pg_wal_replay_resume()');
    const t0 = Date.now();
    for (;;) {
      const r = await call(B, 'GET', `/api/profiles/${writer.handle}/posts`, { token: reader.token });
      if (r.json.items.some((p) => p.id === post.json.id)) break;
      check(Date.now() - t0 < 10000, 'after resuming replay the other member still does not see the post');
      await sleep(25);
    }
    say(`read-your-writes: replay resumed; the other member saw the post ${Date.now() - t0} ms later`);
  } finally {
    sql(replicaPort, 'SELECT pg_wal_replay_resume()');
  }
}

// --- 6. a burst of reads through HAProxy while one instance is killed --------------------------------
async function burstWithKill() {
  const members = [];
  for (let i = 0; i < 4; i++) members.push(await signUp(lb, `Burst ${i}`));
  const postIds = [];
  for (const m of members) {
    const p = await call(A, 'POST', '/api/posts', { token: m.token, body: { text: `Burst post of ${m.handle}`, visibility: 'PUBLIC' } });
    postIds.push(p.json.id);
  }
  const reads = [
    (m) => '/api/feeds/home',
    (m, k) => `/api/profiles/${members[k % members.length].handle}`,
    (m, k) => `/api/profiles/${members[(k + 1) % members.length].handle}/posts`,
    (m, k) => `/api/posts/${postIds[k % postIds.length]}`,
    () => '/api/me/connections',
  ];
  const total = Number(env.TOPO_BURST ?? 240);
  const concurrency = 8;
  const killAt = Math.floor(total / 3);
  const statuses = {};
  let sent = 0;
  let done = 0;
  let killed = null;
  let maxLag = { bytes: 0, ms: 0 };
  let writes = 0;
  let writing = true;
  // a writer on the instance that stays up keeps WAL flowing, so the replica has something to lag on
  const writer = (async () => {
    while (writing) {
      const r = await call(A, 'POST', '/api/posts', { token: members[0].token, body: { text: `load ${writes}`, visibility: 'PUBLIC' } });
      if (r.status === 201) writes++;
    }
  })();
  const sampler = (async () => {
    while (writing) {
      const l = lagNow();
      if (l.bytes > maxLag.bytes) maxLag.bytes = l.bytes;
      if (l.ms > maxLag.ms) maxLag.ms = l.ms;
      await sleep(100);
    }
  })();
  const victimPid = readFileSync(`${dir}/app/app2.pid`, 'utf8').trim();
  // With idempotency keys, changes are safe for HAProxy to retry too: every 4th request is a keyed post.
  const keyed = counts.idempotency && !counts.idempotency.startsWith('SKIPPED');
  const keyedStatuses = {};
  let keyedSent = 0;
  const marker = `burst-${process.pid}-${Date.now()}`;
  const t0 = Date.now();
  async function keyedPost(m, k) {
    const headers = { 'Idempotency-Key': `${marker}-${k}` };
    const body = { text: `${marker} keyed post ${k}`, visibility: 'PUBLIC' };
    let r = await call(lb, 'POST', '/api/posts', { token: m.token, body, headers });
    if (r.status === 409) { // the killed instance's attempt was still being rolled back: retry as a client would
      await sleep(300);
      r = await call(lb, 'POST', '/api/posts', { token: m.token, body, headers });
    }
    return r.status;
  }
  async function worker() {
    while (sent < total) {
      const k = sent++;
      const m = members[k % members.length];
      if (keyed && k % 4 === 3) {
        keyedSent++;
        let status;
        try {
          status = await keyedPost(m, k);
        } catch (e) {
          status = 'network-error';
        }
        keyedStatuses[status] = (keyedStatuses[status] ?? 0) + 1;
        done++;
        continue;
      }
      const path = reads[k % reads.length](m, k);
      let status;
      try {
        status = (await call(lb, 'GET', path, { token: m.token })).status;
      } catch (e) {
        status = 'network-error';
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
      done++;
      if (done === killAt && killed === null) {
        killed = Date.now();
        process.kill(Number(victimPid), 'SIGKILL');
        say(`burst: SIGKILL instance 2 (pid ${victimPid}) after ${done} answers`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  writing = false;
  await writer;
  await sampler;
  const seconds = (Date.now() - t0) / 1000;
  const ok = statuses[200] ?? 0;
  const gets = total - keyedSent;
  counts.burst = `${total} requests through HAProxy (${concurrency} at a time, ${(total / seconds).toFixed(0)}/s), ` +
    `instance 2 SIGKILLed after ${killAt} answers: GETs ${ok}/${gets} answered 200 ${JSON.stringify(statuses)}`;
  if (keyed) {
    const created = Number(sql(pgPort, `SELECT count(*) FROM posts WHERE text LIKE '${marker} keyed post %'`));
    const distinct = Number(sql(pgPort, `SELECT count(DISTINCT text) FROM posts WHERE text LIKE '${marker} keyed post %'`));
    counts.burst += `; keyed posts ${keyedStatuses[201] ?? 0}/${keyedSent} answered 201 ${JSON.stringify(keyedStatuses)}, ` +
      `${created} rows for ${distinct} keys`;
    check((keyedStatuses[201] ?? 0) === keyedSent && created === keyedSent && distinct === keyedSent,
      'keyed posts were lost or doubled when an instance died');
  }
  counts.replicaLag = `max during the burst (${writes} posts written alongside): ${maxLag.bytes} bytes, replay_lag ${maxLag.ms} ms`;
  say(`burst: ${counts.burst}`);
  say(`replica lag: ${counts.replicaLag}`);
  check(ok === gets, 'requests were lost when an instance died');
}

// --- 7. the replica goes away: reads fall back to the primary ----------------------------------------
async function replicaDown() {
  const eve = await signUp(lb, 'Eve Fallback');
  execFileSync('bash', ['-c', `${env.TOPO_AS_POSTGRES ?? ''} ${env.TOPO_PG_BIN}/pg_ctl -D ${dir}/replica/data -m immediate -w stop`],
    { stdio: 'ignore' });
  let ok = 0;
  const n = 20;
  for (let i = 0; i < n; i++) {
    const paths = ['/api/feeds/home', `/api/profiles/${eve.handle}`, `/api/profiles/${eve.handle}/posts`, '/api/me/connections'];
    const r = await call(A, 'GET', paths[i % paths.length], { token: eve.token });
    if (r.status === 200) ok++;
  }
  const ready = await call(A, 'GET', '/q/health/ready');
  const group = await call(A, 'GET', '/q/health/group/replica');
  const replicaCheck = ready.json?.checks?.find((c) => c.name === 'Read replica');
  check(ok === n, `with the replica stopped only ${ok}/${n} reads were answered`);
  check(ready.status === 200 && replicaCheck?.data?.reachable === false,
    `readiness with the replica down: ${ready.status} ${JSON.stringify(replicaCheck)}`);
  check(group.status === 503, `/q/health/group/replica with the replica down: ${group.status}`);
  counts.replicaDown = `replica stopped: ${ok}/${n} reads answered from the primary; readiness UP ("${replicaCheck.data.reads}"), ` +
    'health group "replica" DOWN';
  say(`replica down: ${counts.replicaDown}`);
}

async function timed(part) {
  const t0 = Date.now();
  await part();
  say(`  (${part.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

try {
  for (const part of [sessions, rateLimits, eventStreams, idempotencyKeys, readYourWrites, burstWithKill, replicaDown]) {
    await timed(part);
  }
  say(`all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(counts, null, 2));
} catch (e) {
  console.error(`[topology-test] ${e.message}`);
  console.log(JSON.stringify(counts, null, 2));
  process.exit(1);
}
