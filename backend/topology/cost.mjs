// CPU cost per request of one backend instance, and of the database tier behind it, from /proc.
// Run by cost.sh against a seeded, running topology; requests go straight to instance 1.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const env = process.env;
const dir = env.TOPO_DIR ?? '/tmp/rapport-topo';
const pgPort = env.TOPO_PG_PORT ?? '15442';
const appPort = (env.TOPO_APP_PORTS ?? '8221 8222').split(/\s+/)[0];
const A = `http://127.0.0.1:${appPort}`;
const READS = Number(env.COST_READS ?? 2000);
const WRITES = Number(env.COST_WRITES ?? 600);
const CONC = Number(env.COST_CONC ?? 4);
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

const sql = (query) => execFileSync('psql', ['-h', '127.0.0.1', '-p', pgPort, '-U', 'postgres', '-d', 'rapport', '-XAtqc', query],
  { encoding: 'utf8' }).trim();

function stat(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
}
/** CPU ms of a process; with children=true also of its live children and the ones that exited. */
function cpuMs(pid, children = false) {
  const me = stat(pid);
  let ticks = me.own + (children ? me.children : 0);
  if (children) {
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const c = stat(d);
        if (c.ppid === pid) ticks += c.own;
      } catch { /* gone */ }
    }
  }
  return ticks * TICK_MS;
}
const postmaster = (node) => Number(readFileSync(`${dir}/${node}/data/postmaster.pid`, 'utf8').split('\n')[0]);
const app = Number(readFileSync(`${dir}/app/app1.pid`, 'utf8').trim());
const bouncer = Number(readFileSync(`${dir}/pgbouncer/pgbouncer.pid`, 'utf8').trim());
const tiers = () => ({ app: cpuMs(app), primary: cpuMs(postmaster('primary'), true),
  replica: cpuMs(postmaster('replica'), true), pgbouncer: cpuMs(bouncer) });

async function call(method, path, token, body) {
  const res = await fetch(A + path, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined });
  await res.arrayBuffer();
  return res.status;
}

async function run(n, make) {
  let next = 0;
  const lat = [];
  let bad = 0;
  const worker = async () => {
    while (next < n) {
      const k = next++;
      const t = performance.now();
      const status = await make(k);
      lat.push(performance.now() - t);
      if (status >= 300) bad++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONC }, worker));
  lat.sort((a, b) => a - b);
  return { seconds: (performance.now() - t0) / 1000, p50: lat[Math.floor(n / 2)], p99: lat[Math.floor(n * 0.99)], bad };
}

function lag() {
  const r = sql(`SELECT coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), 0)::bigint || '|' ||
    coalesce(extract(epoch FROM replay_lag) * 1000, 0)::numeric(12,2) FROM pg_stat_replication LIMIT 1`).split('|');
  return { bytes: Number(r[0]), ms: Number(r[1]) };
}

async function measure(name, n, make, sampleLag) {
  const before = tiers();
  let maxLag = { bytes: 0, ms: 0 };
  let sampling = sampleLag;
  const sampler = (async () => {
    while (sampling) {
      const l = lag();
      maxLag = { bytes: Math.max(maxLag.bytes, l.bytes), ms: Math.max(maxLag.ms, l.ms) };
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const r = await run(n, make);
  sampling = false;
  await sampler;
  const after = tiers();
  const per = Object.fromEntries(Object.keys(before).map((k) => [k, ((after[k] - before[k]) / n).toFixed(2)]));
  console.log(`${name}: ${n} requests, ${CONC} at a time, ${(n / r.seconds).toFixed(0)}/s, p50 ${r.p50.toFixed(1)} ms, ` +
    `p99 ${r.p99.toFixed(1)} ms, ${r.bad} not 2xx; CPU ms per request: app ${per.app}, primary ${per.primary}, ` +
    `replica ${per.replica}, pgbouncer ${per.pgbouncer}` + (sampleLag ? `; replica lag max ${maxLag.bytes} bytes, replay_lag ${maxLag.ms} ms` : ''));
  return per;
}

const emails = sql(`SELECT m.email FROM bench_typical t JOIN members m ON m.id = t.member_id ORDER BY t.i LIMIT 40`).split('\n');
const tokens = [];
for (const email of emails) {
  const res = await fetch(`${A}/api/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password-1' }) });
  tokens.push((await res.json()).accessToken);
}
const anyPost = Number(sql('SELECT max(id) FROM posts'));
console.log(`[cost] instance 1 (pid ${app}) on :${appPort}; ${tokens.length} typical members (50-60 followed each)`);
await run(600, (k) => call('GET', '/api/feeds/home', tokens[k % tokens.length])); // warm-up (JIT, caches)
await run(200, (k) => call('POST', '/api/posts', tokens[k % tokens.length], { text: `warm-up ${k}`, visibility: 'PUBLIC' }));
await measure('home feed (typical member)', READS, (k) => call('GET', '/api/feeds/home', tokens[k % tokens.length]), true);
await measure('one post', READS / 2, (k) => call('GET', `/api/posts/${anyPost - (k % 500)}`, tokens[k % tokens.length]), false);
await measure('write: create a post', WRITES,
  (k) => call('POST', '/api/posts', tokens[k % tokens.length], { text: `Cost measurement post ${k}`, visibility: 'PUBLIC' }), true);
await measure('write: like a post', WRITES, (k) => call('POST', `/api/posts/${anyPost - 1000 - k}/like`, tokens[k % tokens.length]), true);
