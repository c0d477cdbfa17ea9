import { join } from 'node:path';
import { connect } from '../graph-setup.mjs';
import { callApi, createMemberViaApi, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = 'introductions I asked for: waiting ones with Withdraw, decided ones told kindly';

export default async function requestedIntroductionsFlow({ page, baseURL, step, outputDir }) {
  const ann = uniqueMember('Ann', 'Asker');
  const annAccount = await createMemberViaApi(baseURL, ann);
  const bea = await createMemberViaApi(baseURL, uniqueMember('Bea', 'Broker'));
  const cid = await createMemberViaApi(baseURL, uniqueMember('Cid', 'Target'));
  const dora = await createMemberViaApi(baseURL, uniqueMember('Dora', 'Declines'));
  await connect(baseURL, annAccount, bea);
  await connect(baseURL, bea, cid);
  await connect(baseURL, bea, dora);

  step('set-up: Ann asks Bea for two introductions; Bea declines the one to Dora');
  const message = 'Bea, could you introduce me? I am working on ledger design and would love their view.';
  await callApi(baseURL, annAccount.accessToken, 'POST', '/api/introductions', {
    brokerId: bea.member.id,
    targetId: cid.member.id,
    message,
  });
  const toDora = await callApi(baseURL, annAccount.accessToken, 'POST', '/api/introductions', {
    brokerId: bea.member.id,
    targetId: dora.member.id,
    message,
  });
  await callApi(baseURL, bea.accessToken, 'POST', `/api/introductions/${toDora.id}/decline`, {});

  step('Ann sees the waiting one in her inbox, and withdraws it');
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, ann);
  await page.goto('/inbox');
  await expectHeading(page, 'Inbox');
  const card = page.getByRole('region', { name: 'Introductions you asked for' });
  const list = card.getByRole('list', { name: 'Introductions you asked for' });
  await list.getByText(`Waiting for ${bea.member.displayName} to pass your request on`, { exact: false }).waitFor();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outputDir, 'introductions-asked.png'), fullPage: true });
  await list.getByRole('button', { name: `Withdraw: introduction to ${cid.member.displayName}` }).click();
  await card.getByRole('group', { name: 'Withdraw this request?' }).getByRole('button', { name: 'Withdraw request' }).click();
  await card.getByRole('status').filter({ hasText: 'You withdrew your request' }).waitFor();
  await card.getByText('No introduction you asked for is waiting.').waitFor();

  step('all of them: the declined one says so kindly, without saying who declined');
  await card.getByRole('button', { name: 'All, decided too' }).click();
  await list.getByText('This introduction did not happen this time.', { exact: false }).waitFor();
  await list.getByText('You withdrew this request.').waitFor();
  const text = await list.innerText();
  if (/declined/i.test(text)) throw new Error('the requester must not be told who declined');
  await page.setViewportSize({ width: 375, height: 812 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(outputDir, 'introductions-asked-phone.png'), fullPage: true });
}
