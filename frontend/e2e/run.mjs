// Runs every browser flow in e2e/flows/ (each file exports `name` and a default async function)
// in the machine's headless Chromium against a running Rapport (the backend serving the built SPA).
//
//   E2E_BASE_URL   where Rapport runs (default http://localhost:8080)
//   CHROMIUM_PATH  the browser (default /usr/bin/chromium); missing: skip, or fail when CI=true
//   E2E_FLOWS      comma-separated flow file names to run (default: all), e.g. "profile"
//   E2E_HEADFUL=1  show the browser (needs a display)
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const flowsDir = join(here, 'flows');
const outputDir = join(here, 'output');
const baseURL = (process.env.E2E_BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(executablePath)) {
  if (process.env.CI === 'true') {
    console.error(`e2e: Chromium not found at ${executablePath} (set CHROMIUM_PATH); failing because CI=true.`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`e2e: skipped: Chromium not found at ${executablePath} (set CHROMIUM_PATH to run the browser tests).`);
  process.exit(0);
}

try {
  const response = await fetch(baseURL, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
  console.error(`e2e: Rapport is not reachable at ${baseURL} (${error.message}); start the backend or set E2E_BASE_URL.`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const only = (process.env.E2E_FLOWS || '')
  .split(',')
  .map((name) => name.trim().replace(/\.mjs$/, ''))
  .filter(Boolean);
const files = readdirSync(flowsDir)
  .filter((file) => file.endsWith('.mjs'))
  .filter((file) => only.length === 0 || only.includes(file.replace(/\.mjs$/, '')))
  .sort();

mkdirSync(outputDir, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  headless: process.env.E2E_HEADFUL !== '1',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const flow = await import(pathToFileURL(join(flowsDir, file)).href);
    const id = file.replace(/\.mjs$/, '');
    const title = flow.name ?? id;
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const started = Date.now();
    console.log(`▶ ${title}`);
    try {
      await flow.default({
        page,
        context,
        browser,
        baseURL,
        outputDir,
        step: (text) => console.log(`  · ${text}`),
      });
      if (consoleErrors.length > 0) throw new Error(`uncaught errors in the page:\n${consoleErrors.join('\n')}`);
      passed++;
      console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    } catch (error) {
      failed++;
      const shot = join(outputDir, `${id}-failure.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
      console.error(`✘ ${title}\n  at ${page.url()}\n  ${error.stack ?? error}\n  screenshot: ${shot}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}

console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
