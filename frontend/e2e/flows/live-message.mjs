import { join } from 'node:path';
import { connect } from '../graph-setup.mjs';
import { createMemberViaApi, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = 'live inbox: a message typed in one browser appears in the other’s open inbox without a reload';

export default async function liveMessageFlow({ page, browser, baseURL, step, outputDir }) {
  const dora = uniqueMember('Dora', 'Sender');
  const emil = uniqueMember('Emil', 'Reader');
  const doraAccount = await createMemberViaApi(baseURL, dora);
  const emilAccount = await createMemberViaApi(baseURL, emil);
  step('set-up: Dora and Emil are connected');
  await connect(baseURL, doraAccount, emilAccount);

  step('Emil opens his inbox in one browser: nothing unread');
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, emil);
  await page.goto('/inbox');
  await expectHeading(page, 'Inbox');
  const emilNav = page.getByRole('navigation', { name: 'Main' });
  const emilInbox = page.getByRole('region', { name: 'Inbox items' });
  await emilInbox.getByText(/Your inbox is empty|Dora/).first().waitFor();
  // Nothing may reload Emil's page from here on: a marker on window would vanish with a reload.
  await page.evaluate(() => {
    window.__noReload = true;
  });

  step('Dora, in another browser, writes to Emil from the contact panel on his profile');
  const doraContext = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 } });
  doraContext.setDefaultTimeout(15_000);
  try {
    const doraPage = await doraContext.newPage();
    await logIn(doraPage, dora);
    await doraPage.goto(`/in/${emil.handle}`);
    await expectHeading(doraPage, emil.displayName);
    const panel = doraPage.getByRole('region', { name: 'You and Emil' });
    await panel.getByRole('button', { name: 'Write to Emil' }).click();
    await panel.getByRole('textbox', { name: `Write to ${emil.displayName}` }).fill('Emil, are you coming to the meetup on Thursday?');
    await panel.getByRole('button', { name: 'Send' }).click();
    await panel.getByRole('link', { name: /Open the conversation/ }).waitFor();
    await doraPage.screenshot({ path: join(outputDir, 'contact-panel.png'), fullPage: true });
    await doraPage.setViewportSize({ width: 375, height: 812 });
    await doraPage.screenshot({ path: join(outputDir, 'contact-panel-phone.png'), fullPage: true });
    await doraPage.setViewportSize({ width: 1366, height: 900 });

    step('Emil’s open inbox shows the message and the unread badge, without a reload');
    const item = emilInbox.locator('li').filter({ hasText: dora.displayName });
    await item.getByText('are you coming to the meetup on Thursday?').waitFor();
    await emilNav.getByLabel('1 unread').waitFor();
    if (!(await page.evaluate(() => window.__noReload === true))) throw new Error('Emil’s page was reloaded');
    await page.screenshot({ path: join(outputDir, 'inbox.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: join(outputDir, 'inbox-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    step('Dora opens the conversation; Emil replies in place from his inbox; the reply reaches Dora live');
    await panel.getByRole('link', { name: /Open the conversation/ }).click();
    await doraPage.getByRole('heading', { level: 1, name: emil.displayName }).waitFor();
    await item.getByRole('button', { name: `Reply to ${dora.displayName}` }).click();
    await item.getByRole('textbox', { name: `Reply to ${dora.displayName}` }).fill('Yes! See you there, Dora.');
    await item.getByRole('button', { name: 'Send' }).click();
    await doraPage.getByRole('list', { name: /Messages with/ }).getByText('Yes! See you there, Dora.').waitFor();

    step('Emil opens the conversation from his inbox');
    await item.getByRole('link', { name: /See you there/ }).click();
    await page.getByRole('heading', { level: 1, name: dora.displayName }).waitFor();
    await page.getByText('are you coming to the meetup on Thursday?').waitFor();
  } finally {
    await doraContext.close();
  }
}
