import { join } from 'node:path';
import { assert, createProfiledMember, expectHeading, logIn, openMeMenu, uniqueMember } from '../support.mjs';

export const name = 'Me menu: settings sections from the header, Escape closes, public profile choices say when saved';

export default async function meMenuFlow({ page, baseURL, step, outputDir }) {
  const member = uniqueMember('Mona', 'Menu');
  await createProfiledMember(baseURL, member, { headline: 'Keeps her settings tidy' });
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page, member);

  step('the Me menu opens from the header; Escape closes it and the focus returns to its button');
  await openMeMenu(page);
  await page.screenshot({ path: join(outputDir, 'me-menu.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('list', { name: 'Me' }).waitFor({ state: 'detached' });
  const button = page.getByRole('button', { name: 'Me', exact: true });
  assert.ok(await button.evaluate((node) => node === document.activeElement), 'focus is back on the Me button');

  step('"Blocked members" leads to that section of Settings, its heading focused');
  await openMeMenu(page);
  await page.getByRole('list', { name: 'Me' }).getByRole('link', { name: 'Blocked members' }).click();
  await page.waitForURL('**/settings#blocked');
  const blocked = page.getByRole('heading', { name: 'Blocked members' });
  await blocked.waitFor();
  assert.ok(await blocked.evaluate((node) => node === document.activeElement), 'the section heading has the focus');

  step('public profile choices: unsaved, then saved');
  await openMeMenu(page);
  await page.getByRole('list', { name: 'Me' }).getByRole('link', { name: 'Public profile' }).click();
  const form = page.getByRole('form', { name: 'Public profile' });
  await form.getByText('All changes saved').waitFor();
  await form.getByLabel('Career history', { exact: false }).check();
  await form.getByText('Unsaved changes').waitFor();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved.').waitFor();
  await page.screenshot({ path: join(outputDir, 'settings-public-profile.png'), fullPage: false });

  step('on a phone the menu fits the screen and Escape closes it too');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await openMeMenu(page);
  await page.screenshot({ path: join(outputDir, 'me-menu-phone.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('list', { name: 'Me' }).waitFor({ state: 'detached' });
  await expectHeading(page, 'Welcome, Mona');
  await page.screenshot({ path: join(outputDir, 'home-phone.png') });
}
