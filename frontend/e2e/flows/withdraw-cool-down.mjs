import { join } from 'node:path';
import { assert, callApi, createProfiledMember, expectHeading, logIn, uniqueMember } from '../support.mjs';

export const name = 'connect traps: evidence highlighted, generic nudge, the 300 limit shown, withdraw cool-down said before typing';

export default async function withdrawCoolDownFlow({ page, baseURL, step, outputDir }) {
  const jean = await createProfiledMember(baseURL, uniqueMember('Jean', 'Sender'), { headline: 'Teaches compilers' });
  const dana = await createProfiledMember(baseURL, uniqueMember('Dana', 'Whitfield'), {
    headline: 'Payments infrastructure and ledgers',
    currentTitle: 'Staff Engineer',
    currentCompany: 'Stripe',
  });

  step('Jean opens Dana’s Connect dialog and writes a personal note: the words behind each reason are highlighted');
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, jean);
  await page.goto(`/in/${dana.handle}`);
  await expectHeading(page, dana.displayName);
  const header = page.locator('.profile-header');
  await header.getByRole('button', { name: 'Connect' }).click();
  const dialog = page.getByRole('dialog', { name: `Connect with ${dana.displayName}` });
  const note = dialog.getByLabel('Personal note');
  await note.pressSequentially('Hi Dana, your Stripe talk on ledgers in Dublin in 2023 changed how I teach payments.', {
    delay: 5,
  });
  const preview = dialog.getByRole('region', { name: 'Personalization preview' });
  await preview.getByText('Personal', { exact: true }).waitFor();
  const evidence = preview.getByTestId('evidence');
  await evidence.locator('mark', { hasText: 'Stripe' }).waitFor();
  await evidence.locator('mark', { hasText: 'Dana' }).waitFor();
  await preview.getByText('“Stripe”').first().waitFor();
  await page.screenshot({ path: join(outputDir, 'connect-evidence.png') });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'connect-evidence-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('a generic note gets the nudge, and Send says "Send anyway"');
  await note.fill('');
  await note.pressSequentially("I'd like to add you to my professional network.", { delay: 5 });
  await dialog.getByText('Dana will probably make you a follower', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Send anyway' }).waitFor();
  await page.screenshot({ path: join(outputDir, 'connect-nudge.png') });

  step('over 300 characters: nothing is cut, the counter says by how much, Send waits');
  await note.fill('');
  await note.pressSequentially(`Hi Dana, ${'we met at the payments meetup. '.repeat(10)}`, { delay: 0 });
  const typed = await note.inputValue();
  assert.ok(typed.length > 300, `the field kept everything typed (${typed.length})`);
  await dialog.getByText(/characters? over the limit/).waitFor();
  assert.ok(await dialog.getByRole('button', { name: /Send/ }).isDisabled(), 'Send is disabled over the limit');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  step('Jean sends a request (another client), then withdraws it here: the cool-down is said before confirming');
  await callApi(baseURL, jean.token, 'POST', '/api/invitations', {
    recipientId: dana.id,
    note: 'Hi Dana, we met at the Stripe ledger meetup in Dublin last spring and talked about reconciliation.',
  });
  await page.reload();
  await header.getByText('Pending', { exact: true }).waitFor();
  await header.getByRole('button', { name: 'Withdraw' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Withdraw your request?' });
  await confirm.getByText(/not be able to invite Dana again for 21 days, until/).waitFor();
  await page.screenshot({ path: join(outputDir, 'withdraw-confirm.png') });
  await confirm.getByRole('button', { name: 'Withdraw' }).click();

  step('the profile now says when Jean can invite again, and offers no Connect (nothing to type)');
  await header.getByTestId('cool-down').getByText(/You can invite Dana again on /).waitFor();
  assert.equal(await header.getByRole('button', { name: 'Connect' }).count(), 0, 'no Connect during the cool-down');
  await header.getByRole('button', { name: /Follow/ }).first().waitFor();
  await page.screenshot({ path: join(outputDir, 'withdraw-cool-down.png') });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'withdraw-cool-down-phone.png'), fullPage: true });
}
