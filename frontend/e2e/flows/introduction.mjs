import { join } from 'node:path';
import { connect } from '../graph-setup.mjs';
import { assert, createMemberViaApi, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = 'introductions: A asks B to introduce them to C, B forwards, C accepts, A and C see their conversation';

/** A signed-in page of its own (separate cookies and storage) for one member. */
async function sessionFor(browser, baseURL, member) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await logIn(page, member);
  return { context, page };
}

export default async function introductionFlow({ page, browser, baseURL, step, outputDir }) {
  const ana = uniqueMember('Ana', 'Requester');
  const ben = uniqueMember('Ben', 'Broker');
  const cleo = uniqueMember('Cleo', 'Target');
  const accounts = [];
  for (const member of [ana, ben, cleo]) accounts.push(await createMemberViaApi(baseURL, member));
  step('set-up: Ana and Cleo are each connected with Ben, so Cleo is 2nd-degree for Ana');
  await connect(baseURL, accounts[0], accounts[1]);
  await connect(baseURL, accounts[1], accounts[2]);

  step('Ana opens Cleo’s profile and asks for an introduction, choosing Ben');
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, ana);
  await page.goto(`/in/${cleo.handle}`);
  await expectHeading(page, cleo.displayName);
  await page.getByRole('button', { name: 'Ask for an introduction' }).click();
  const dialog = page.getByRole('dialog', { name: `Ask for an introduction to ${cleo.displayName}` });
  const benChoice = dialog.getByRole('radio', { name: new RegExp(ben.displayName) });
  await benChoice.waitFor();
  await dialog.getByText('Who should introduce you?').waitFor();
  await page.screenshot({ path: join(outputDir, 'introduction-dialog.png') });
  await benChoice.check();
  await dialog.getByLabel(/Your message to Ben/).fill('Ben, could you introduce me to Cleo? I would love her advice on our data platform migration.');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'introduction-dialog-phone.png') });
  await page.setViewportSize({ width: 1366, height: 900 });
  await dialog.getByRole('button', { name: 'Ask for the introduction' }).click();
  await dialog.getByText(`Your request went to ${ben.displayName}.`, { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();

  step('Ben finds the request in his inbox and forwards it with a note');
  const benSession = await sessionFor(browser, baseURL, ben);
  try {
    const benPage = benSession.page;
    await benPage.goto('/inbox');
    await expectHeading(benPage, 'Inbox');
    const nav = benPage.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: /^Inbox/ }).getByLabel(/\d+ unread/).waitFor();
    const item = benPage.getByRole('list', { name: 'Inbox' }).locator(':scope > li').filter({ hasText: 'asks you for an introduction' });
    await item.getByText('could you introduce me to Cleo').waitFor();
    await item.getByLabel(`Your note to ${cleo.displayName}`).fill('Cleo, meet Ana: she leads the data platform at her company and is a thoughtful engineer.');
    await item.getByText('Let Cleo read Ana').click();
    await benPage.screenshot({ path: join(outputDir, 'introduction-broker.png'), fullPage: true });
    await item.getByRole('button', { name: 'Forward to Cleo' }).click();
    await benPage.getByRole('status').first().waitFor();
  } finally {
    await benSession.context.close();
  }

  step('Cleo sees the introduction with Ben’s note and accepts it');
  const cleoSession = await sessionFor(browser, baseURL, cleo);
  try {
    const cleoPage = cleoSession.page;
    await cleoPage.goto('/inbox?kind=INTRODUCTION_AS_TARGET');
    const item = cleoPage.getByRole('list', { name: 'Inbox' }).locator(':scope > li').filter({ hasText: 'An introduction for you' });
    await item.getByText('Cleo, meet Ana').waitFor();
    await item.getByText('could you introduce me to Cleo').waitFor();
    await cleoPage.screenshot({ path: join(outputDir, 'introduction-target.png'), fullPage: true });
    await cleoPage.setViewportSize({ width: 375, height: 812 });
    await cleoPage.screenshot({ path: join(outputDir, 'introduction-target-phone.png'), fullPage: true });
    await cleoPage.setViewportSize({ width: 1366, height: 900 });
    await item.getByRole('button', { name: 'Accept introduction' }).click();
    // The notice above the list (the item itself may leave the inbox once decided).
    await cleoPage.getByRole('link', { name: 'Open your conversation with Ana' }).first().click();
    await cleoPage.getByRole('heading', { level: 1, name: ana.displayName }).waitFor();
    const history = cleoPage.getByRole('list', { name: new RegExp(`Messages with ${ana.displayName}`) });
    await history.getByText('Cleo, meet Ana').waitFor();
    await cleoPage.getByText(`${ben.displayName} introduced you.`).waitFor();
    await cleoPage.getByRole('textbox', { name: `Write to ${ana.displayName}` }).fill('Hi Ana! Happy to help. When suits you?');
    await cleoPage.getByRole('button', { name: 'Send' }).click();
    await history.getByText('Happy to help').waitFor();
  } finally {
    await cleoSession.context.close();
  }

  step('Ana finds the new conversation with Cleo in her inbox, opens it and sees Ben’s note and Cleo’s reply');
  await page.goto('/inbox?kind=CONVERSATION');
  const conversation = page.getByRole('list', { name: 'Inbox' }).locator(':scope > li').filter({ hasText: cleo.displayName });
  await conversation.getByRole('link', { name: /Happy to help/ }).click();
  await page.getByRole('heading', { level: 1, name: cleo.displayName }).waitFor();
  await page.getByText('Cleo, meet Ana').waitFor();
  await page.getByText(`${ben.displayName} introduced you.`).waitFor();
  await page.screenshot({ path: join(outputDir, 'conversation.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'conversation-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('they are connected now: Cleo’s profile says 1st');
  await page.goto(`/in/${cleo.handle}`);
  await page.locator('.profile-header').getByText('1st').waitFor();
  assert.ok(true);
}
