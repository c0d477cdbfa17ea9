import { join } from 'node:path';
import { assert, callApi, createProfiledMember, expectHeading, uniqueMember } from '../support.mjs';

export const name = 'public profile: a visitor who is not signed in sees what the member made public, and a way in';

export default async function publicProfileFlow({ page, baseURL, step, outputDir }) {
  const grace = await createProfiledMember(baseURL, uniqueMember('Grace', 'Public'), {
    headline: 'Compilers and teaching machines to read',
    currentTitle: 'Director',
    currentCompany: 'Fabrikam',
    location: 'Arlington, VA',
    about: 'This stays for members only.',
  });

  step('a visitor opens the link: the public profile with the defaults, and the invitation to join');
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/in/${grace.handle}`);
  await expectHeading(page, grace.displayName);
  await page.getByText('Compilers and teaching machines to read').waitFor();
  await page.getByText('Director at Fabrikam').waitFor();
  assert.equal(await page.getByText('This stays for members only.').count(), 0, 'about is not public by default');
  assert.equal(await page.getByRole('heading', { name: 'Log in to Rapport' }).count(), 0, 'not a bare log-in page');
  const join_ = page.getByRole('region', { name: `Follow Grace on Rapport` });
  await join_.getByRole('link', { name: 'Join Rapport' }).waitFor();
  await page.screenshot({ path: join(outputDir, 'public-profile.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'public-profile-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  step('Grace takes her public page down: the visitor gets the same page as for an unknown handle');
  await callApi(baseURL, grace.token, 'PUT', '/api/me/public-profile', {
    listed: false,
    showHeadline: true,
    showPosition: true,
    showLocation: true,
    showAbout: false,
    showCareer: false,
    showCounts: false,
  });
  await page.goto(`/in/${grace.handle}`);
  await expectHeading(page, 'This profile is not available');
  await page.goto('/in/nobody_has_this_handle');
  await expectHeading(page, 'This profile is not available');

  step('logging in from there leads back to the full profile');
  const viewer = await createProfiledMember(baseURL, uniqueMember('Vera', 'Viewer'));
  await page.goto(`/in/${grace.handle}`);
  await page.getByRole('main').getByRole('link', { name: 'Log in' }).click();
  await page.getByLabel('Email').fill(viewer.email);
  await page.getByLabel('Password').fill(viewer.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`**/in/${grace.handle}`);
  await expectHeading(page, grace.displayName);
  await page.getByText('This stays for members only.').waitFor();
}
