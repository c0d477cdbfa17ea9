// TEST SET-UP ONLY. This branch's contract has no follow or connect endpoints yet, so the feed
// flows write the relationship rows straight into the database with psql. When the graph
// endpoints are merged, replace these with API calls (POST /api/follows, invitations).
//
//   PGHOST / PGPORT / PGUSER / PGDATABASE  where the backend's database is
//   (defaults: 127.0.0.1, 54329, postgres, rapport_spa_feed)
import { execFileSync } from 'node:child_process';

function psql(sql) {
  execFileSync('psql', ['-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], {
    env: {
      ...process.env,
      PGHOST: process.env.PGHOST ?? '127.0.0.1',
      PGPORT: process.env.PGPORT ?? '54329',
      PGUSER: process.env.PGUSER ?? 'postgres',
      PGDATABASE: process.env.PGDATABASE ?? 'rapport_spa_feed',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function id(value) {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`graph-setup: not a member id: ${value}`);
  return number;
}

/** Test set-up: member `followerId` follows member `followeeId`. */
export function follow(followerId, followeeId) {
  psql(`INSERT INTO follows (follower_id, followee_id) VALUES (${id(followerId)}, ${id(followeeId)}) ON CONFLICT DO NOTHING`);
}

/** Test set-up: the two members are connected (one row, smaller id first) and follow each other. */
export function connect(a, b) {
  const [low, high] = [id(a), id(b)].sort((x, y) => x - y);
  psql(`INSERT INTO connections (member_a_id, member_b_id) VALUES (${low}, ${high}) ON CONFLICT DO NOTHING`);
  follow(a, b);
  follow(b, a);
}
