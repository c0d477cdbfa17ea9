import { join } from 'node:path';
import { assert, createMemberViaApi, expectHeading, signUp, uniqueMember } from '../support.mjs';

export const name = 'search: find members by name, load more, open a profile';

export default async function searchFlow({ baseURL, page, step, outputDir }) {
  const word = `Zq${Date.now().toString(36)}`;
  const others = Array.from({ length: 22 }, (_, i) => uniqueMember(`Grace${String.fromCharCode(97 + i)}`, word));

  step(`create ${others.length} members named "… ${word}" through the API`);
  for (const other of others) await createMemberViaApi(baseURL, other);

  step('sign up a searcher and search for them');
  await signUp(page, uniqueMember('Linus', 'Searcher'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search members' }).fill(word);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === word);
  const results = page.getByRole('list', { name: 'Search results' });
  await results.getByRole('link', { name: others[0].displayName }).waitFor();
  assert.equal(await results.getByRole('listitem').count(), 20, 'the first page holds 20 members');
  await page.screenshot({ path: join(outputDir, 'search.png'), fullPage: true });

  step('load the rest with "Load more"');
  await page.getByRole('button', { name: 'Load more' }).click();
  await results.getByRole('link', { name: others[21].displayName }).waitFor();
  assert.equal(await results.getByRole('listitem').count(), 22);
  await page.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' });

  step('open a profile from the results');
  await results.getByRole('link', { name: others[3].displayName }).click();
  await page.waitForURL(`**/in/${others[3].handle}`);
  await expectHeading(page, others[3].displayName);

  step('a search with no match says so');
  await page.goto(`/search?q=${word}nothing`);
  await page.getByText(`No members match “${word}nothing”.`).waitFor();
}
