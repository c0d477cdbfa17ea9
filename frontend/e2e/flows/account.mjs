import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assert, expectText, logIn, signUp, uniqueMember } from '../support.mjs';

export const name = 'account safety: end another session, change password, download my data, delete the account';

export default async function accountFlow({ baseURL, page, browser, step, outputDir }) {
  const member = uniqueMember('Rosa', 'Leaving');
  await page.setViewportSize({ width: 1366, height: 900 });
  await signUp(page, member);

  step('log in a second time, on a phone-sized browser');
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 } });
  try {
    const phonePage = await phone.newPage();
    await logIn(phonePage, member);
    await phonePage.goto('/settings');
    await phonePage.getByRole('list', { name: 'Your sessions' }).waitFor();
    await phonePage.screenshot({ path: join(outputDir, 'account-settings-375.png'), fullPage: true });

    step('Settings lists both sessions, this one marked; ending the other logs the phone out');
    await page.goto('/settings');
    const sessions = page.getByRole('list', { name: 'Your sessions' });
    await sessions.getByText('This device').waitFor();
    assert.equal(await sessions.getByRole('listitem').count(), 2);
    await page.screenshot({ path: join(outputDir, 'account-settings-1366.png'), fullPage: true });
    await sessions.getByRole('button', { name: /^End session on / }).click();
    await sessions.getByRole('button', { name: 'End session', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[aria-label="Your sessions"] > li').length === 1,
    );
    await phonePage.reload();
    await phonePage.waitForURL('**/login');
    await expectText(phonePage, 'Your session has ended. Please log in again.');

    step('change the password: the old one stops working, the new one logs in');
    const oldPassword = member.password;
    member.password = `${oldPassword}-changed`;
    await page.getByLabel('Current password').fill(oldPassword);
    await page.getByLabel('New password', { exact: true }).fill(member.password);
    await page.getByLabel('New password, again').fill(member.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText(/^Your password is changed/).waitFor();
    const refused = await fetch(new URL('/api/tokens', baseURL), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: member.email, password: oldPassword }),
    });
    assert.equal(refused.status, 401);
    await logIn(phonePage, member);
    await phonePage.goto('/settings');
    await phonePage.getByRole('button', { name: 'Delete account…' }).click();
    await phonePage.getByRole('dialog', { name: 'Delete your account?' }).waitFor();
    await phonePage.screenshot({ path: join(outputDir, 'account-delete-375.png') });
    await phonePage.getByRole('button', { name: 'Keep my account' }).click();

    step('download my data: one JSON file with my profile and sessions');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^rapport-data-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = join(outputDir, 'account-export.json');
    await download.saveAs(saved);
    const data = JSON.parse(await readFile(saved, 'utf8'));
    assert.equal(data.format, 'rapport-export/1');
    assert.equal(data.profile.handle, member.handle);
    assert.ok(data.sessions.length >= 3, 'every session is in the export');

    step('delete the account: the dialog explains, asks the password, and ends on the sign-up page');
    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.getByText(/your posts and reshares/).waitFor();
    await dialog.getByLabel('Your password').fill(member.password);
    await page.screenshot({ path: join(outputDir, 'account-delete-1366.png') });
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL('**/signup');
    await page.getByText(/^Your account is deleted/).waitFor();
    await page.screenshot({ path: join(outputDir, 'account-deleted-1366.png') });

    step('every session of the account is over, and its password logs nobody in');
    await phonePage.goto('/settings');
    await phonePage.waitForURL('**/login');
    const gone = await fetch(new URL('/api/tokens', baseURL), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: member.email, password: member.password }),
    });
    assert.equal(gone.status, 401);
    const profile = await fetch(new URL(`/api/profiles/${member.handle}`, baseURL));
    assert.equal(profile.status, 401);
  } finally {
    await phone.close();
  }
}
