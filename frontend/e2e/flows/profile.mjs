import { join } from 'node:path';
import { assert, expectHeading, expectText, logIn, logOut, openMeMenu, signUp, uniqueMember } from '../support.mjs';

export const name = 'profile: sign up, log out, log in, edit profile and career, see the public profile';

export default async function profileFlow({ page, step, outputDir }) {
  const member = uniqueMember('Margaret', 'Hamilton');

  step(`sign up as @${member.handle}`);
  await signUp(page, member);

  step('log out, then log in again');
  await logOut(page);
  await logIn(page, member);
  await expectHeading(page, 'Welcome, Margaret');

  step('edit the profile');
  await openMeMenu(page);
  await page.getByRole('link', { name: 'View my profile' }).click();
  await page.waitForURL('**/me');
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const edit = page.getByRole('form', { name: 'Edit profile' });
  await edit.getByLabel('Headline').fill('Software engineering pioneer · flight software');
  await edit.getByLabel('Current title').fill('Director of Software Engineering');
  await edit.getByLabel('Current company').fill('Apollo Guidance Lab');
  await edit.getByLabel('Location').fill('Cambridge, MA');
  await edit.getByLabel('About').fill('I lead the team that writes the on-board flight software.\nPriority displays, asynchronous executive, and a lot of testing.');
  // A new position is announced only when the member says so; here, quietly.
  await edit.getByRole('radio', { name: /Keep it quiet/ }).check();
  await edit.getByRole('button', { name: 'Save profile' }).click();
  await edit.waitFor({ state: 'detached' });
  await expectText(page, 'Software engineering pioneer · flight software');

  step('add a position');
  await page.getByRole('button', { name: 'Add position' }).click();
  const add = page.getByRole('form', { name: 'Add position' });
  await add.getByLabel('Title').fill('Lead Engineer');
  await add.getByLabel('Company').fill('Apollo Guidance Lab');
  await add.getByLabel('Start date').fill('2019-09-01');
  await add.getByLabel('Description').fill('Designed the priority scheduling of the guidance computer.');
  await add.getByRole('radio', { name: /Keep it quiet/ }).check();
  await add.getByRole('button', { name: 'Save position' }).click();
  await add.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Lead Engineer', exact: true }).waitFor();

  step(`open the public profile /in/${member.handle}`);
  await page.goto(`/in/${member.handle}`);
  await expectHeading(page, member.displayName);
  const header = page.locator('.profile-header');
  const headerText = await header.innerText();
  for (const expected of [
    `@${member.handle}`,
    'Software engineering pioneer · flight software',
    'Director of Software Engineering at Apollo Guidance Lab',
    'Cambridge, MA',
    '0 connections · 0 followers',
  ]) {
    assert.ok(headerText.includes(expected), `profile header should show "${expected}", it shows:\n${headerText}`);
  }
  const about = await page.getByRole('region', { name: 'About' }).innerText();
  assert.match(about, /on-board flight software/);
  const history = page.getByRole('region', { name: 'Career history' });
  const historyText = await history.innerText();
  assert.match(historyText, /Lead Engineer/);
  assert.match(historyText, /Sep 2019 – Present/);
  assert.match(historyText, /priority scheduling/);

  step('screenshots');
  await page.screenshot({ path: join(outputDir, 'profile.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'profile-phone.png'), fullPage: true });
}
