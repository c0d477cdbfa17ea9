import { assert, createProfiledMember, expectHeading, signUp, uniqueMember } from '../support.mjs';

export const name = 'follow: follow a member from search results, see them under Following; block and unblock';

export default async function followSearchFlow({ baseURL, page, step }) {
  const word = `Fq${Date.now().toString(36)}`;
  const target = await createProfiledMember(baseURL, uniqueMember('Katherine', word), {
    headline: 'Orbital mechanics',
    currentTitle: 'Mathematician',
    currentCompany: 'Langley',
  });

  step('sign up and search for the member');
  const me = uniqueMember('Dorothy', 'Follower');
  await signUp(page, me);
  await page.goto(`/search?q=${word}`);
  const results = page.getByRole('list', { name: 'Search results' });
  const row = results.getByRole('listitem').filter({ hasText: target.displayName });
  await row.waitFor();

  step('Follow toggles to Following');
  await row.getByRole('button', { name: 'Follow', exact: true }).click();
  const following = row.getByRole('button', { name: 'Following' });
  await following.waitFor();
  assert.equal(await following.getAttribute('aria-pressed'), 'true');

  step('the member is listed under My Network › Following');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network' }).click();
  await expectHeading(page, 'My Network');
  await page.getByRole('navigation', { name: 'My Network sections' }).getByRole('link', { name: 'Following' }).click();
  const list = page.getByRole('list', { name: 'Following' });
  await list.getByRole('link', { name: target.displayName }).waitFor();
  assert.equal(await list.getByRole('button', { name: 'Following' }).count(), 1);

  step('their profile shows the follow: 1 follower, Following, no connection');
  await page.goto(`/in/${target.handle}`);
  await expectHeading(page, target.displayName);
  const header = page.locator('.profile-header');
  await header.getByText('0 connections · 1 follower').waitFor();
  await header.getByRole('button', { name: 'Following' }).waitFor();
  await header.getByText('3rd+').waitFor();

  step('unfollow from the profile');
  await header.getByRole('button', { name: 'Following' }).click();
  await header.getByRole('button', { name: 'Follow', exact: true }).waitFor();
  await header.getByText('0 connections · 0 followers').waitFor();

  step('block them from the profile menu, then unblock from Settings');
  await header.getByRole('button', { name: `More actions for ${target.displayName}` }).click();
  await header.getByRole('button', { name: /^Block Katherine/ }).click();
  await header.getByRole('button', { name: 'Block', exact: true }).click();
  await page.waitForURL('**/settings');
  await page.getByText(`You blocked ${target.displayName}.`, { exact: false }).waitFor();
  const blocked = page.getByRole('list', { name: 'Blocked members' });
  await blocked.getByRole('button', { name: `Unblock ${target.displayName}` }).click();
  await page.getByText("You haven't blocked anyone.").waitFor();
}
