import { join } from 'node:path';
import { apiAs, assert, createProfiledMember, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name =
  'network import: upload a 200-row LinkedIn Connections.csv (with its progress), confirm matches, follow and tag them, read the tag feed; someone of the file joins and the importer is told';

const PREAMBLE =
  'Notes:\n' +
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this here: https://www.linkedin.com/help/linkedin/answer/261"\n' +
  '\n' +
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

const FIRST = ['Ana', 'Bruno', 'Chiara', 'Dev', 'Elif', 'Femi', 'Greta', 'Hugo', 'Isla', 'Jonas'];
const LAST = ['Silva', 'Costa', 'Rossi', 'Patel', 'Yilmaz', 'Adeyemi', 'Larsen', 'Moreau', 'Quinn', 'Berg'];

async function shoot(page, outputDir, file) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outputDir, `${file}-1366.png`), fullPage: true });
  await page.screenshot({ path: join(outputDir, `${file}-1366-top.png`) });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, `${file}-375.png`), fullPage: true });
  await page.screenshot({ path: join(outputDir, `${file}-375-top.png`) });
  await page.setViewportSize({ width: 1366, height: 900 });
}

export default async function networkImportFlow({ page, step, baseURL, outputDir }) {
  await page.setViewportSize({ width: 1366, height: 900 });
  const run = Date.now().toString(36);
  const company = `Harbor ${run}`;
  step('set-up: 30 of the 200 people in the file are members (15 found by email, 15 by name and company); 5 of them posted');
  const members = [];
  for (let i = 0; i < 30; i++) {
    const first = FIRST[i % 10];
    const last = `${LAST[Math.floor(i / 10)]}${String.fromCharCode(97 + (i % 26))}`;
    const member = await createProfiledMember(baseURL, uniqueMember(first, last), { currentCompany: company, currentTitle: 'Analyst' });
    members.push({ ...member, first, last });
    if (i % 6 === 0) {
      await apiAs(baseURL, member.token, 'POST', '/api/posts', { text: `Harbor update from ${member.displayName} (${member.handle})` });
    }
  }
  const lines = [];
  members.forEach((m, i) => {
    const email = i < 15 ? m.email.toUpperCase() : '';
    const companyCell = i < 15 ? 'Some Other Co' : company.toLowerCase();
    lines.push(`${m.first},${m.last},https://www.linkedin.com/in/${m.handle},${email},"${companyCell}","Analyst, Ports",02 Dec 2026`);
  });
  for (let i = 0; i < 170; i++) {
    lines.push(`Absent${i},Person${run},https://www.linkedin.com/in/absent-${i},,"Nowhere ${run}",Engineer,1${i % 9} Jan 2024`);
  }
  const csv = PREAMBLE + lines.join('\n') + '\n';

  const me = await createProfiledMember(baseURL, uniqueMember('Iris', 'Import'), { headline: 'Port logistics' });
  step(`log in as @${me.handle} and open Import contacts from the home page`);
  await logIn(page, me);
  await page.getByRole('link', { name: 'Import contacts' }).click();
  await expectHeading(page, 'Import your network');
  await shoot(page, outputDir, 'import-upload');

  step('a wrong file first: a clear explanation, nothing imported');
  await page.getByLabel('Connections.csv file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Phone\nAna,555\n') });
  await page.getByRole('button', { name: 'Import and find matches' }).click();
  await page.getByText(/no header row with the columns First Name, Last Name/).waitFor();
  await shoot(page, outputDir, 'import-wrong-file');

  step('upload the 200-row Connections.csv with its real preamble, on a slow line: the bytes sent and the percentage show');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // About 4 KB/s up: the ~26 KB file takes a few seconds, long enough to see (and photograph) the bar.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 4 * 1024 });
  await page.getByLabel('Connections.csv file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import and find matches' }).click();
  const bar = page.getByRole('progressbar', { name: 'Uploading Connections.csv' });
  await bar.waitFor();
  await page.getByText(/\d+ KB of \d+ KB · \d+%/).waitFor();
  await page.screenshot({ path: join(outputDir, 'import-progress-1366.png') });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'import-progress-375.png') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const max = Number(await bar.getAttribute('max'));
  assert.ok(max >= csv.length, `the bar counts the whole file (${max} of ${csv.length} bytes)`);
  await page.waitForURL(/\/import\/\d+$/, { timeout: 60_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expectHeading(page, 'Your import');
  await page.getByText('200 people').first().waitFor();
  const rows = page.getByRole('list', { name: 'People in your file' });
  await rows.getByRole('listitem').filter({ hasText: members[0].displayName }).getByText(/matched by email/).waitFor();
  await rows.getByRole('listitem').filter({ hasText: members[20].displayName }).getByText(/matched by name and company/).waitFor();
  await shoot(page, outputDir, 'import-review');

  step('confirm one match by following it alone, then follow and tag all of them as "Imported 2026"');
  await rows.getByRole('button', { name: `Follow ${members[1].displayName}` }).click();
  await rows.getByRole('listitem').filter({ hasText: members[1].displayName }).getByText('Following').waitFor();
  const bulk = page.getByRole('form', { name: 'Follow your matches' });
  await bulk.getByLabel('Tag name').fill('Imported 2026');
  await bulk.getByRole('button', { name: 'Follow and tag all 30 matches' }).click();
  await page.getByText(/Done: 29 newly followed, 1 you already followed, all under #Imported 2026/).waitFor();
  await shoot(page, outputDir, 'import-followed');

  step('the not-yet-members are kept privately, in their own tab');
  await page.getByRole('link', { name: 'Not on Rapport yet (170)' }).click();
  await page.waitForURL(/status=UNMATCHED/);
  await rows.getByText(/Absent0 Person/).first().waitFor();

  step('the tag feed shows their posts');
  await page.getByRole('link', { name: 'See their posts in the #Imported 2026 feed' }).click();
  await page.waitForURL(/\?tag=\d+$/);
  const feed = page.getByRole('region', { name: 'Feed' });
  for (let i = 0; i < 30; i += 6) await feed.getByText(`Harbor update from ${members[i].displayName}`).waitFor();
  await shoot(page, outputDir, 'import-tag-feed');

  step('someone of the file who was not a member joins (and says where they work): the importer is told at once, with Follow');
  const joiner = await createProfiledMember(baseURL, uniqueMember('Absent0', `Person${run}`), { currentCompany: `Nowhere ${run}` });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: /^Notifications, \d+ unread$/ }).click();
  await expectHeading(page, 'Notifications');
  const joined = page
    .getByRole('list', { name: 'Notifications' })
    .getByRole('listitem')
    .filter({ hasText: `${joiner.displayName}, from your imported connections, joined Rapport.` });
  await joined.waitFor();
  await shoot(page, outputDir, 'import-joined');
  await joined.getByRole('button', { name: 'Follow' }).click();
  await joined.getByRole('button', { name: /Following/ }).waitFor();
  const following = await apiAs(baseURL, me.token, 'GET', '/api/me/following?limit=100');
  assert.ok(following.items.some((f) => f.member.id === joiner.id), 'the importer follows the joiner');
}
