import { join } from 'node:path';
import { apiAs, assert, createProfiledMember, expectHeading, signUp, uniqueMember } from '../support.mjs';

export const name = 'onboarding: a new member fills the guided start, follows three suggested people and sees their posts';

async function shoot(page, outputDir, file) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outputDir, `${file}-1366.png`), fullPage: true });
  await page.screenshot({ path: join(outputDir, `${file}-1366-top.png`) });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, `${file}-375.png`), fullPage: true });
  await page.screenshot({ path: join(outputDir, `${file}-375-top.png`) });
  await page.setViewportSize({ width: 1366, height: 900 });
}

export default async function onboardingFlow({ page, step, baseURL, outputDir }) {
  await page.setViewportSize({ width: 1366, height: 900 });
  const company = `Orbit Labs ${Date.now().toString(36)}`;
  step(`set-up: three members work at ${company} and each posted something`);
  const colleagues = [];
  for (const [first, last] of [['Noor', 'Haddad'], ['Teo', 'Varga'], ['Lena', 'Ortiz']]) {
    const member = await createProfiledMember(baseURL, uniqueMember(first, last), {
      currentTitle: 'Engineer',
      currentCompany: company,
      headline: `${first} builds satellites`,
    });
    await apiAs(baseURL, member.token, 'POST', '/api/posts', { text: `Launch notes from ${member.displayName} (${member.handle})` });
    colleagues.push(member);
  }

  step('sign up: the guided start opens, with the profile strength at 0%');
  const me = uniqueMember('Mira', 'Novak');
  await signUp(page, me);
  const strength = page.getByRole('progressbar', { name: 'Profile strength' });
  assert.equal(await strength.getAttribute('aria-valuenow'), '0');
  await shoot(page, outputDir, 'welcome-profile');

  step('fill headline, position and location; the new position is not announced without asking');
  const form = page.getByRole('form', { name: 'About you' });
  await form.getByLabel('Headline').fill('Flight software engineer · small satellites');
  await form.getByLabel('Current title').fill('Flight Software Engineer');
  await form.getByLabel('Current company').fill(company);
  await form.getByLabel('Location').fill('Lisbon, Portugal');
  const choice = form.getByRole('group', { name: 'Tell your network about this change?' });
  await choice.getByText(`“Mira Novak started a new position as Flight Software Engineer at ${company}”`).waitFor();
  await choice.getByText(/Nobody follows you yet/).waitFor();
  await form.getByRole('button', { name: 'Save and continue' }).click();
  await form.getByText('Choose whether to announce your new position.').waitFor();
  await shoot(page, outputDir, 'welcome-announce');
  await choice.getByRole('radio', { name: /Keep it quiet/ }).check();
  await form.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForURL('**/welcome?step=follow');
  await page.getByText('Next: Tell people about yourself.').waitFor();
  assert.equal(await strength.getAttribute('aria-valuenow'), '65');

  step('follow the three colleagues the suggestions name, with why');
  const list = page.getByRole('list', { name: 'People to follow' });
  for (const colleague of colleagues) {
    const row = list.getByRole('listitem').filter({ hasText: colleague.displayName });
    await row.getByText(`Works at ${company}`).waitFor();
    assert.equal(await row.getByRole('button', { name: /Connect/ }).count(), 0, 'suggestions offer Follow, never Connect');
    await row.getByRole('button', { name: `Follow ${colleague.displayName}` }).click();
    await row.getByRole('button', { name: `Following ${colleague.displayName}` }).waitFor();
  }
  await page.getByText('You follow 3 people.').waitFor();
  await shoot(page, outputDir, 'welcome-follow');

  step('go to the feed: the three colleagues posts are there, and no career update was published');
  await page.getByRole('link', { name: 'Go to your feed' }).press('Enter');
  await expectHeading(page, 'Welcome, Mira');
  const feed = page.getByRole('region', { name: 'Feed' });
  for (const colleague of colleagues) await feed.getByText(`Launch notes from ${colleague.displayName}`).waitFor();
  assert.equal(await feed.getByText(/started a new position/).count(), 0);
}
