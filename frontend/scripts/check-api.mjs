// Fails when src/api/schema.d.ts is stale, i.e. differs from what ../openapi.yaml generates now.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/api/schema.d.ts';
const dir = mkdtempSync(join(tmpdir(), 'rapport-schema-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const result = spawnSync('npx', ['--no-install', 'openapi-typescript', '../openapi.yaml', '--default-non-nullable', 'false', '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error('check:api: openapi-typescript failed');
    process.exit(1);
  }
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(`check:api: ${committed} is stale; run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`check:api: ${committed} matches ../openapi.yaml`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
