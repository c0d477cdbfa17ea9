import { join } from 'node:path';
import { assert, callApi, createProfiledMember, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = 'notifications: a like and a comment on my post reach my bell and list without a reload';

export default async function notificationsLiveFlow({ page, baseURL, step, outputDir }) {
  const nora = await createProfiledMember(baseURL, uniqueMember('Nora', 'Author'), { headline: 'Writes about ledgers' });
  const liam = await createProfiledMember(baseURL, uniqueMember('Liam', 'Reader'), { headline: 'Reads about ledgers' });
  const post = await callApi(baseURL, nora.token, 'POST', '/api/posts', {
    text: 'We moved our ledger to double-entry invariants checked in the database. Ask me anything.',
  });

  step('Nora opens her notifications: nothing yet, the bell shows no count');
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, nora);
  await page.goto('/notifications');
  await expectHeading(page, 'Notifications');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  await page.getByText('Nothing new yet').waitFor();
  await page.evaluate(() => {
    window.__noReload = true;
  });

  step('Liam likes the post (another client): the bell counts 1 and the list says so, live');
  await callApi(baseURL, liam.token, 'POST', `/api/posts/${post.id}/like`);
  await nav.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
  const list = page.getByRole('list', { name: 'Notifications' });
  await list.getByText(`${liam.displayName} liked your post.`).waitFor();

  step('Liam comments: a second notification, the bell counts 2, still no reload');
  await callApi(baseURL, liam.token, 'POST', `/api/posts/${post.id}/comments`, { text: 'How do you handle refunds?' });
  await nav.getByRole('link', { name: 'Notifications, 2 unread' }).waitFor();
  await list.getByText(`${liam.displayName} commented on your post.`).waitFor();
  assert.ok(await page.evaluate(() => window.__noReload === true), 'the page was reloaded');
  await page.screenshot({ path: join(outputDir, 'notifications.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'notifications-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('From the home page the bell still counts live; mark one read, then all');
  await nav.getByRole('link', { name: 'Home', exact: true }).click();
  await nav.getByRole('link', { name: 'Notifications, 2 unread' }).click();
  await expectHeading(page, 'Notifications');
  await list.getByRole('button', { name: `Mark read: ${liam.displayName} commented on your post.` }).click();
  await nav.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'All caught up' }).waitFor();

  step('Liam unlikes: his like leaves Nora’s list');
  await callApi(baseURL, liam.token, 'POST', `/api/posts/${post.id}/unlike`);
  await list.getByText(`${liam.displayName} liked your post.`).waitFor({ state: 'detached' });

  step('Nora blocks a member whose like is unread: her bell and list drop it at once, without a reload');
  const pest = await createProfiledMember(baseURL, uniqueMember('Pia', 'Pest'), { headline: 'Likes everything' });
  await callApi(baseURL, pest.token, 'POST', `/api/posts/${post.id}/like`);
  await nav.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
  await list.getByText(`${pest.displayName} liked your post.`).waitFor();
  await page.goto(`/in/${pest.handle}`);
  await expectHeading(page, pest.displayName);
  await nav.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
  await page.evaluate(() => {
    window.__noReload = true;
  });
  await page.getByRole('button', { name: `More actions for ${pest.displayName}` }).click();
  await page.getByRole('button', { name: new RegExp(`Block ${pest.displayName.split(' ')[0]}`) }).click();
  await page.getByRole('button', { name: 'Block', exact: true }).click();
  await nav.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  assert.ok(await page.evaluate(() => window.__noReload === true), 'the page was reloaded');
  await nav.getByRole('link', { name: 'Notifications', exact: true }).click();
  await expectHeading(page, 'Notifications');
  await list.getByText(`${liam.displayName} commented on your post.`).waitFor();
  assert.equal(await list.getByText(`${pest.displayName} liked your post.`).count(), 0, 'the blocked member left the list');
}
