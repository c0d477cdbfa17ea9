import { join } from 'node:path';
import { connect } from '../graph-setup.mjs';
import { assert, callApi, createMemberViaApi, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = 'relationship review: two connections become followers, quietly';

export default async function relationshipReviewFlow({ page, baseURL, step, outputDir }) {
  const me = uniqueMember('Rita', 'Reviewer');
  const meAccount = await createMemberViaApi(baseURL, me);
  const others = [];
  for (const [first, last] of [
    ['Gus', 'Oldfriend'],
    ['Hal', 'Stranger'],
    ['Ida', 'Forgotten'],
  ]) {
    const member = uniqueMember(first, last);
    const account = await createMemberViaApi(baseURL, member);
    others.push({ ...member, account });
    await connect(baseURL, meAccount, account);
  }
  const [gus, hal, ida] = others;
  step('set-up: Rita has three connections and writes to Gus only');
  await callApi(baseURL, meAccount.accessToken, 'POST', '/api/conversations', {
    recipientId: gus.account.member.id,
    text: 'Gus! Lunch next week?',
  });

  step('the review lists the three with how they met, and the summary line');
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, me);
  await page.goto('/review');
  await expectHeading(page, 'Review your connections');
  await page.getByText(/^3 connections · /).waitFor();
  const list = page.getByRole('list', { name: 'Your connections' });
  for (const member of others) await list.getByRole('link', { name: member.displayName }).waitFor();
  // Longest without interaction first: Gus, the one Rita wrote to, comes last.
  const rows = list.locator(':scope > li');
  await rows.last().filter({ hasText: gus.displayName }).waitFor();
  await page.screenshot({ path: join(outputDir, 'review.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'review-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('select Hal and Ida, make them followers; the confirmation says nobody is notified');
  await page.getByRole('checkbox', { name: `Select ${hal.displayName}` }).check();
  await page.getByRole('checkbox', { name: `Select ${ida.displayName}` }).check();
  const bar = page.getByRole('region', { name: 'Selected connections' });
  await bar.getByText('2 selected').waitFor();
  await bar.getByRole('button', { name: 'Make followers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make 2 connections followers?' });
  await dialog.getByText('Nobody is notified.').waitFor();
  await page.screenshot({ path: join(outputDir, 'review-confirm.png') });
  await dialog.getByRole('button', { name: 'Make followers' }).click();
  await page.getByRole('status').filter({ hasText: 'are now followers. Nobody was notified.' }).waitFor();
  await list.getByRole('link', { name: hal.displayName }).waitFor({ state: 'detached' });
  await list.getByRole('link', { name: ida.displayName }).waitFor({ state: 'detached' });
  await list.getByRole('link', { name: gus.displayName }).waitFor();
  await page.getByText(/^1 connection · /).waitFor();

  step('keep Gus from his row: said where he was, focused; kept ones are hidden until shown');
  await list.getByRole('button', { name: `Keep: ${gus.displayName}` }).click();
  const kept = page.getByRole('status').filter({ hasText: `You kept ${gus.displayName}.` });
  await kept.waitFor();
  assert.ok(await kept.evaluate((node) => node === document.activeElement), 'the notice has the focus');
  await list.getByRole('link', { name: gus.displayName }).waitFor({ state: 'detached' });
  await page.getByText('You have reviewed every connection.').waitFor();
  await page.getByText(/^1 connection · .* · 1 kept$/).waitFor();
  await page.getByLabel('Show kept connections (1)').check();
  await list.getByRole('link', { name: gus.displayName }).waitFor();
  await list.getByText(/^Kept on /).waitFor();
  await page.screenshot({ path: join(outputDir, 'review-kept.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'review-kept-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('through the API: Rita has one connection left; Hal and Ida still follow her; she no longer follows them');
  const connections = await callApi(baseURL, meAccount.accessToken, 'GET', '/api/me/connections');
  assert.deepEqual(connections.items.map((item) => item.handle ?? item.member?.handle), [gus.handle]);
  const followers = await callApi(baseURL, meAccount.accessToken, 'GET', '/api/me/followers');
  const followerHandles = followers.items.map((item) => item.handle ?? item.member?.handle);
  for (const member of [gus, hal, ida]) assert.ok(followerHandles.includes(member.handle), `${member.handle} still follows`);
  const following = await callApi(baseURL, meAccount.accessToken, 'GET', '/api/me/following');
  const followingHandles = following.items.map((item) => item.handle ?? item.member?.handle);
  assert.ok(!followingHandles.includes(hal.handle) && !followingHandles.includes(ida.handle));
}
