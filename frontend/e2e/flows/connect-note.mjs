import { join } from 'node:path';
import { assert, createProfiledMember, expectHeading, signUp, uniqueMember } from '../support.mjs';

export const name = 'connect: send a request with a personal note from a profile, scored Personal';

export default async function connectNoteFlow({ baseURL, page, step, outputDir }) {
  const grace = await createProfiledMember(baseURL, uniqueMember('Grace', 'Hopper'), {
    headline: 'Compilers and COBOL',
    currentTitle: 'Rear Admiral',
    currentCompany: 'Navy Programming Lab',
  });

  step('sign up and open the profile: Follow and Connect, and the note policy explained');
  await signUp(page, uniqueMember('Jean', 'Sammet'));
  await page.goto(`/in/${grace.handle}`);
  await expectHeading(page, grace.displayName);
  const header = page.locator('.profile-header');
  await header.getByText('Grace asks for a personal note with every connection request.').waitFor();
  await header.getByRole('button', { name: 'Follow', exact: true }).waitFor();

  step('open the Connect dialog');
  await header.getByRole('button', { name: 'Connect' }).click();
  const dialog = page.getByRole('dialog', { name: `Connect with ${grace.displayName}` });
  await dialog.waitFor();
  await dialog.getByText('Grace asks for a personal note').waitFor();

  step('write a personal note and watch the live preview say Personal');
  const note = dialog.getByLabel('Personal note');
  await note.pressSequentially(
    'Hi Grace, your talk on COBOL compilers at the Navy Programming Lab changed how I teach. We met after your session in Boston.',
    { delay: 5 },
  );
  await dialog.getByText(/\d+ \/ 300/).waitFor();
  const preview = dialog.getByRole('region', { name: 'Personalization preview' });
  await preview.getByText('Personal', { exact: true }).waitFor();
  const reasons = await preview.getByRole('list', { name: 'Why this score' }).innerText();
  assert.ok(reasons.trim().length > 0, 'the preview explains the score');
  await page.screenshot({ path: join(outputDir, 'connect-dialog.png') });

  step('send: the request is pending, and can be withdrawn');
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await dialog.getByText('Request sent. Grace will see your note and decide.').waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
  await header.getByText('Pending', { exact: true }).waitFor();
  await header.getByRole('button', { name: 'Withdraw' }).waitFor();
  assert.equal(await header.getByRole('button', { name: 'Connect' }).count(), 0);

  step('phone width');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'connect-pending-phone.png'), fullPage: true });
}
