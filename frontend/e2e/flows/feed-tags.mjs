import { join } from 'node:path';
import { follow } from '../graph-setup.mjs';
import { apiAs, assert, createMemberViaApi, expectHeading, expectText, logIn, uniqueMember } from '../support.mjs';

export const name = 'tags: create a tag, tag two contacts, switch the feed to the tag and a saved view';

export default async function feedTagsFlow({ page, step, baseURL, outputDir }) {
  const me = uniqueMember('Priya', 'Raman');
  const bo = uniqueMember('Bo', 'Client');
  const cy = uniqueMember('Cy', 'Client');
  const dee = uniqueMember('Dee', 'Other');
  const meAccount = await createMemberViaApi(baseURL, me);
  const others = [];
  for (const member of [bo, cy, dee]) {
    const account = await createMemberViaApi(baseURL, member);
    others.push(account);
    step(`set-up: Priya follows @${member.handle}, who posts`);
    await follow(baseURL, meAccount, account);
    await apiAs(baseURL, account.accessToken, 'POST', '/api/posts', { text: `Update from ${member.displayName} (${member.handle})` });
  }

  step(`log in as @${me.handle}: the whole feed has the three posts`);
  await logIn(page, me);
  await expectHeading(page, 'Welcome, Priya');
  const feed = page.getByRole('region', { name: 'Feed' });
  for (const member of [bo, cy, dee]) await feed.getByText(`Update from ${member.displayName}`).waitFor();

  step('create the tag "clients" in the tag manager; a second "Clients" is refused on the field');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
  await expectHeading(page, 'Tags');
  await page.getByText('You have no tags yet.').waitFor();
  const newTag = page.getByRole('form', { name: 'Create a tag' });
  await newTag.getByRole('button', { name: 'Create tag' }).click();
  await expectText(page, 'Give the tag a name.');
  await newTag.getByLabel('New tag').fill('clients');
  await newTag.getByRole('button', { name: 'Create tag' }).click();
  await page.getByRole('heading', { name: 'People under #clients' }).waitFor();
  await newTag.getByLabel('New tag').fill('Clients');
  await newTag.getByRole('button', { name: 'Create tag' }).click();
  const nameError = await newTag.locator('.field__error').textContent({ timeout: 10_000 });
  assert.match(nameError ?? '', /clients|taken|already/i);
  await newTag.getByLabel('New tag').fill('prospects');
  await newTag.getByRole('button', { name: 'Create tag' }).click();
  await page.getByRole('heading', { name: 'People under #prospects' }).waitFor();

  step('tag Bo from the contact picker of "clients"');
  await page.getByRole('button', { name: 'People under clients' }).click();
  await page.getByRole('heading', { name: 'People under #clients' }).waitFor();
  await page.getByLabel('Add people to #clients').fill(bo.handle);
  await page.getByRole('checkbox', { name: /Bo Client/ }).check();
  await page.getByRole('button', { name: 'Add 1 person to #clients' }).click();
  await page.getByRole('list', { name: 'People under clients' }).getByRole('link', { name: 'Bo Client' }).waitFor();

  step('tag Cy from their profile page');
  await page.goto(`/in/${cy.handle}`);
  await expectHeading(page, 'Cy Client');
  const tagsCard = page.getByRole('region', { name: 'Your tags' });
  await tagsCard.getByRole('button', { name: /clients/, pressed: false }).click();
  await tagsCard.getByRole('button', { name: /clients/, pressed: true }).waitFor();
  await page.getByRole('region', { name: 'Activity' }).waitFor();
  await page.getByText(`Update from Cy Client`).waitFor();

  step('save a view: clients or prospects');
  await page.goto('/tags');
  await page.getByRole('button', { name: 'New view' }).click();
  const viewForm = page.getByRole('form', { name: 'New saved view' });
  await viewForm.getByLabel('View name').fill('Pipeline');
  await viewForm.getByRole('checkbox', { name: 'clients', exact: true }).check();
  await viewForm.getByRole('checkbox', { name: 'prospects', exact: true }).check();
  await viewForm.getByRole('button', { name: 'Create view' }).click();
  await page.getByRole('list', { name: 'Saved views' }).getByText('People under clients or prospects').waitFor();
  await page.getByRole('list', { name: 'Your tags' }).getByText('2 people').waitFor();
  await page.screenshot({ path: join(outputDir, 'tags.png'), fullPage: true });

  step('home: the "#clients" chip shows only Bo and Cy, and the URL says so');
  await page.goto('/');
  const chips = page.getByRole('navigation', { name: 'Feed filters' });
  await chips.getByRole('link', { name: '#clients' }).click();
  await page.waitForURL(/\?tag=\d+$/);
  await chips.getByRole('link', { name: '#clients', exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
  await feed.getByText('Update from Bo Client').waitFor();
  await feed.getByText('Update from Cy Client').waitFor();
  assert.equal(await feed.getByText('Update from Dee Other').count(), 0, 'Dee is not a client');

  step('the "Pipeline" view chip, then "All" again');
  await chips.getByRole('link', { name: 'Pipeline' }).click();
  await page.waitForURL(/\?view=\d+$/);
  await feed.getByText('Update from Cy Client').waitFor();
  assert.equal(await feed.getByText('Update from Dee Other').count(), 0);
  await chips.getByRole('link', { name: '#prospects' }).click();
  await page.getByText('No posts from the people under this selection yet.').waitFor();
  await chips.getByRole('link', { name: 'All', exact: true }).click();
  await page.waitForURL((url) => url.search === '');
  await feed.getByText('Update from Dee Other').waitFor();

  step('screenshot of the tag manager on a phone');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/tags');
  await page.getByRole('button', { name: 'People under clients' }).click();
  await page.getByRole('list', { name: 'People under clients' }).getByRole('link', { name: 'Cy Client' }).waitFor();
  await page.screenshot({ path: join(outputDir, 'tags-phone.png'), fullPage: true });
  assert.ok(others.length === 3);
}
