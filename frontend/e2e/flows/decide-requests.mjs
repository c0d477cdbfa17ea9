import { join } from 'node:path';
import { assert, callApi, createProfiledMember, expectHeading, signUp, uniqueMember } from '../support.mjs';

export const name = 'invitations: the recipient makes one request a follower and accepts another, then accepts a third from the inbox, told where it was';

export default async function decideRequestsFlow({ baseURL, page, step, outputDir }) {
  const recipient = uniqueMember('Frances', 'Allen');

  step(`sign up the recipient @${recipient.handle}`);
  await signUp(page, recipient);

  step('two members send requests through the API: one personal, one generic');
  const personal = await createProfiledMember(baseURL, uniqueMember('Barbara', 'Liskov'), { headline: 'Abstraction' });
  const generic = await createProfiledMember(baseURL, uniqueMember('Spammy', 'Recruiter'), { headline: 'Growth hacker' });
  const { id: recipientId } = await callApi(baseURL, personal.token, 'GET', `/api/profiles/${recipient.handle}`);
  await callApi(baseURL, personal.token, 'POST', '/api/invitations', {
    recipientId,
    note: 'Hi Frances, your work on compiler optimization at IBM shaped my thesis. We met at your PLDI talk last spring.',
  });
  await callApi(baseURL, generic.token, 'POST', '/api/invitations', {
    recipientId,
    note: "I'd like to add you to my professional network.",
  });

  step('My Network lists both with their verdicts');
  await page.goto('/network');
  await expectHeading(page, 'My Network');
  const list = page.getByRole('list', { name: 'Invitations received' });
  // a row is the one with the member's name as a link (a decision's notice names them too)
  const personalRow = list.locator(':scope > li').filter({ has: page.getByRole('link', { name: personal.displayName }) });
  const genericRow = list.locator(':scope > li').filter({ has: page.getByRole('link', { name: generic.displayName }) });
  await personalRow.getByText('Personal', { exact: true }).waitFor();
  await genericRow.getByText('Generic', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: /ignore/i }).count(), 0, 'there is no Ignore');
  await page.screenshot({ path: join(outputDir, 'network.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'network-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  step('sorting by score puts the personal request first; filtering Generic shows only the other');
  await page.getByLabel('Sort by').selectOption('SCORE');
  await list.locator(':scope > li').first().filter({ hasText: personal.displayName }).waitFor();
  await page.getByLabel('Show').selectOption('GENERIC');
  await list.locator(':scope > li').filter({ hasText: personal.displayName }).waitFor({ state: 'detached' });
  await genericRow.waitFor();
  await page.getByLabel('Show').selectOption('');

  step('make the generic sender a follower');
  await genericRow.getByRole('button', { name: `Make follower: ${generic.displayName}` }).click();
  await page.getByText(`${generic.displayName} now follows you.`, { exact: false }).waitFor();
  await genericRow.waitFor({ state: 'detached' });

  step('accept the personal one');
  await personalRow.getByRole('button', { name: `Accept ${personal.displayName}` }).click();
  await personalRow.getByRole('button', { name: 'Accept without a reply' }).click();
  await page.getByText(`You are now connected with ${personal.displayName}.`).waitFor();
  await page.getByText('No invitations waiting.').waitFor();

  step('Connections has the accepted sender; Followers has both');
  const sections = page.getByRole('navigation', { name: 'My Network sections' });
  await sections.getByRole('link', { name: 'Connections' }).click();
  await page.getByRole('list', { name: 'Connections' }).getByRole('link', { name: personal.displayName }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Connections' }).getByRole('listitem').count(), 1);
  await sections.getByRole('link', { name: 'Followers' }).click();
  const followers = page.getByRole('list', { name: 'Followers' });
  await followers.getByRole('link', { name: generic.displayName }).waitFor();
  await followers.getByRole('link', { name: personal.displayName }).waitFor();

  step('the generic sender is told only that they follow');
  const sent = await callApi(baseURL, generic.token, 'GET', '/api/invitations/sent');
  assert.equal(sent.items[0].status, 'FOLLOWING');

  step('in the inbox, Accept on a request between two others: the notice takes its place and the focus');
  const before = await createProfiledMember(baseURL, uniqueMember('Grace', 'Before'), { headline: 'COBOL' });
  const third = await createProfiledMember(baseURL, uniqueMember('Edsger', 'Inbox'), { headline: 'Structured programming' });
  const after = await createProfiledMember(baseURL, uniqueMember('Alan', 'After'), { headline: 'Machines' });
  for (const [sender, note] of [
    [before, 'Hi Frances, we met at SHARE in 1972; your PTRAN work on parallel Fortran still guides my compiler team.'],
    [third, 'Frances, your IBM paper on program optimization is on my desk; we spoke after your Turing lecture.'],
    [after, 'Hello Frances, your talk at PLDI about interprocedural analysis at IBM changed my research plans.'],
  ]) {
    await callApi(baseURL, sender.token, 'POST', '/api/invitations', { recipientId, note });
  }
  await page.goto('/inbox?kind=CONNECTION_REQUEST');
  await expectHeading(page, 'Inbox');
  const inbox = page.getByRole('list', { name: 'Inbox' });
  await inbox.getByRole('button', { name: `Accept ${third.displayName}` }).click();
  await inbox.getByRole('button', { name: 'Accept without a reply' }).click();
  const notice = inbox.getByRole('status').filter({ hasText: `You are now connected with ${third.displayName}.` });
  await notice.waitFor();
  await inbox.getByRole('button', { name: `Accept ${third.displayName}` }).waitFor({ state: 'detached' });
  assert.ok(await notice.evaluate((element) => element === document.activeElement), 'the notice has the focus');
  // in the list, where the request was: between the two requests around it (newest first)
  const rows = await inbox.locator(':scope > li').allTextContents();
  const at = rows.findIndex((text) => text.includes(`You are now connected with ${third.displayName}.`));
  assert.ok(at > 0 && rows[at - 1].includes(after.displayName) && rows[at + 1].includes(before.displayName), `notice in place: ${rows.join(' | ')}`);
  await page.screenshot({ path: join(outputDir, 'inbox-accepted-1366.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'inbox-accepted-375.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  step('the accepted sender shows as 1st on the profile, with the Connected menu');
  await page.goto(`/in/${personal.handle}`);
  const header = page.locator('.profile-header');
  await header.getByText('1st').waitFor();
  await header.getByRole('button', { name: 'Connected' }).click();
  await header.getByRole('button', { name: 'Unfollow, stay connected' }).waitFor();
  await header.getByRole('button', { name: 'Remove connection' }).waitFor();
  await page.screenshot({ path: join(outputDir, 'profile-connected.png') });
}
