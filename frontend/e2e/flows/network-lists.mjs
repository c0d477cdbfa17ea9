import { join } from 'node:path';
import { connect } from '../graph-setup.mjs';
import { assert, callApi, createMemberViaApi, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = "network lists: open a connection's connections from their profile; once they hide them, the count is plain text";

export default async function networkListsFlow({ page, browser, baseURL, step, outputDir }) {
  const ada = uniqueMember('Ada', 'Viewer');
  const dana = uniqueMember('Dana', 'Reyes');
  const grace = uniqueMember('Grace', 'Hopper');
  const adaAccount = await createMemberViaApi(baseURL, ada);
  const danaAccount = await createMemberViaApi(baseURL, dana);
  const graceAccount = await createMemberViaApi(baseURL, grace);
  step('set-up: Dana is connected with Ada and with Grace; Grace has a headline');
  await callApi(baseURL, graceAccount.accessToken, 'PATCH', '/api/me', {
    headline: 'Compilers, COBOL and very small nanoseconds',
    announce: false,
  });
  await connect(baseURL, danaAccount, graceAccount);
  await connect(baseURL, adaAccount, danaAccount);

  step("Ada opens Dana's profile: the counts are links");
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, ada);
  await page.goto(`/in/${dana.handle}`);
  await expectHeading(page, dana.displayName);
  const header = page.locator('.profile-header');
  await header.getByRole('link', { name: '2 followers' }).waitFor();
  await header.getByRole('link', { name: '2 following' }).waitFor();

  step("Ada clicks Dana's connection count and sees Dana's connections");
  await header.getByRole('link', { name: '2 connections' }).click();
  await page.waitForURL(`**/in/${dana.handle}/connections`);
  await expectHeading(page, dana.displayName);
  const list = page.getByRole('list', { name: "Dana's connections" });
  const graceRow = list.getByRole('listitem').filter({ hasText: grace.displayName });
  await graceRow.getByRole('link', { name: grace.displayName }).waitFor();
  await graceRow.getByText('Compilers, COBOL and very small nanoseconds').waitFor();
  await graceRow.getByRole('button', { name: 'Follow', exact: true }).waitFor();
  const adaRow = list.getByRole('listitem').filter({ hasText: ada.displayName });
  await adaRow.getByText('You (this is your profile)', { exact: true }).waitFor();
  assert.equal(await adaRow.getByRole('button').count(), 0, 'no Follow button on yourself');
  assert.equal(await list.getByRole('listitem').count(), 2);
  await page.screenshot({ path: join(outputDir, 'network-lists.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'network-lists-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('Follow works from the list; the Followers tab lists Dana\'s followers');
  await graceRow.getByRole('button', { name: 'Follow', exact: true }).click();
  await graceRow.getByRole('button', { name: 'Following' }).waitFor();
  await page.getByRole('navigation', { name: `${dana.displayName}'s network` }).getByRole('link', { name: /^Followers/ }).click();
  await page.waitForURL(`**/in/${dana.handle}/followers`);
  await page.getByRole('list', { name: "Dana's followers" }).getByRole('link', { name: grace.displayName }).waitFor();

  step('Dana, in another browser, lets only herself see her network');
  const danaContext = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 } });
  danaContext.setDefaultTimeout(15_000);
  try {
    const danaPage = await danaContext.newPage();
    await logIn(danaPage, dana);
    await danaPage.goto('/settings#network-privacy');
    const form = danaPage.getByRole('form', { name: 'Who can see your network' });
    await form.getByRole('radio', { name: /My connections/ }).waitFor();
    assert.equal(await form.getByRole('radio', { name: /My connections/ }).isChecked(), true, 'the default is connections');
    await form.getByRole('radio', { name: /Only me/ }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Your choice is saved.').waitFor();
    await danaPage.getByRole('region', { name: 'Who can see your network' }).screenshot({
      path: join(outputDir, 'network-privacy-settings-phone.png'),
    });
  } finally {
    await danaContext.close();
  }

  step("Ada sees Dana's counts without links, and why");
  await page.goto(`/in/${dana.handle}`);
  await expectHeading(page, dana.displayName);
  await header.getByText('Dana keeps their connections and followers private.').waitFor();
  await header.getByText('2 connections', { exact: true }).waitFor();
  assert.equal(await header.getByRole('link', { name: '2 connections' }).count(), 0, 'the count is not a link any more');
  assert.equal(await header.getByRole('link', { name: /followers|following/ }).count(), 0);
  await page.screenshot({ path: join(outputDir, 'network-lists-hidden.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'network-lists-hidden-phone.png'), fullPage: true });

  step('the list page itself says why, in the words of the API');
  await page.goto(`/in/${dana.handle}/connections`);
  await page.getByText('Dana Reyes keeps their connections private.').waitFor();
  await page.screenshot({ path: join(outputDir, 'network-lists-refused-phone.png'), fullPage: true });
}
