import { join } from 'node:path';
import { assert, createProfiledMember, signUp, uniqueMember } from '../support.mjs';

export const name = 'connect: pasting into the note is refused, with the reason';

const TEMPLATE = "I'd like to add you to my professional network.";

export default async function pasteBlockedFlow({ baseURL, page, context, step, outputDir }) {
  const target = await createProfiledMember(baseURL, uniqueMember('Hedy', 'Lamarr'), { currentCompany: 'Frequency Labs' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });

  step('open the Connect dialog');
  await signUp(page, uniqueMember('Paste', 'Tester'));
  await page.goto(`/in/${target.handle}`);
  await page.locator('.profile-header').getByRole('button', { name: 'Connect' }).click();
  const dialog = page.getByRole('dialog', { name: `Connect with ${target.displayName}` });
  const note = dialog.getByLabel('Personal note');
  await note.waitFor();

  step('a real paste (clipboard + Ctrl+V) leaves the note empty and explains why');
  await page.evaluate((text) => navigator.clipboard.writeText(text), TEMPLATE);
  await note.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await dialog.getByText(/Pasting is turned off here/).waitFor();
  assert.equal(await note.inputValue(), '');

  step('a paste event dispatched on the field is refused too');
  await note.dispatchEvent('paste');
  assert.equal(await note.inputValue(), '');
  await dialog.getByText('0 / 300').waitFor();

  step('typing still works');
  await note.pressSequentially('Hi Hedy');
  assert.equal(await note.inputValue(), 'Hi Hedy');
  await page.screenshot({ path: join(outputDir, 'connect-paste-blocked.png') });
}
