import { join } from 'node:path';
import { connect } from '../graph-setup.mjs';
import { apiAs, assert, createMemberViaApi, expectHeading, expectText, logIn, uniqueMember } from '../support.mjs';

export const name = 'feed: post with a link, like and comment a connection’s post, see a career update';

export default async function feedPostFlow({ page, step, baseURL, outputDir }) {
  const ada = uniqueMember('Amara', 'Okafor');
  const grace = uniqueMember('Grace', 'Hopper');
  const adaAccount = await createMemberViaApi(baseURL, ada);
  const graceAccount = await createMemberViaApi(baseURL, grace);
  const graceToken = graceAccount.accessToken;

  step('set-up: the two are connected; Grace posts, then changes jobs');
  await connect(baseURL, adaAccount, graceAccount);
  await apiAs(baseURL, graceToken, 'PATCH', '/api/me', { headline: 'Compilers and teaching machines to read' });
  await apiAs(baseURL, graceToken, 'POST', '/api/posts', {
    text: 'We shipped the first compiler that reads English-like statements. Feedback welcome!',
    linkUrl: 'https://example.com/flow-matic',
  });
  await apiAs(baseURL, graceToken, 'PATCH', '/api/me', { currentTitle: 'VP Engineering', currentCompany: 'Fabrikam', announce: true });

  step(`log in as @${ada.handle}: the feed shows Grace's post and career update`);
  await logIn(page, ada);
  await expectHeading(page, 'Welcome, Amara');
  const feed = page.getByRole('region', { name: 'Feed' });
  await feed.getByText('started a new position as VP Engineering at Fabrikam').waitFor();
  const gracePost = feed.getByRole('article', { name: 'Post by Grace Hopper' });
  await gracePost.getByText('We shipped the first compiler').waitFor();
  await gracePost.getByRole('link', { name: 'example.com/flow-matic' }).waitFor();

  step('the composer refuses an empty post, then publishes one with a link, shared with connections');
  const composer = page.getByRole('form', { name: 'Create a post' });
  await composer.getByRole('button', { name: 'Post' }).click();
  await expectText(page, 'Write something before you post.');
  const text = 'Hiring two engineers for the payments team. Ask me anything.';
  await composer.getByLabel('Share something with your network').fill(text);
  await expectText(page, `${text.length} / 3,000 characters`);
  await composer.getByLabel('Link (optional)').fill('https://example.com/jobs/payments');
  await composer.getByLabel('Who can see it').selectOption('CONNECTIONS');
  await composer.getByRole('button', { name: 'Post' }).click();
  const mine = feed.getByRole('article', { name: 'Post by Amara Okafor' }).first();
  await mine.getByText('Hiring two engineers').waitFor();
  await mine.getByText('Connections only').waitFor();
  assert.equal(await composer.getByLabel('Share something with your network').inputValue(), '');
  const firstArticle = await feed.getByRole('article').first().getAttribute('aria-label');
  assert.equal(firstArticle, 'Post by Amara Okafor', 'the new post comes first');

  step('like Grace’s post, then take the like back');
  const like = gracePost.getByRole('button', { name: 'Like', exact: true });
  await like.click();
  await gracePost.getByRole('button', { name: 'Like', pressed: true }).waitFor();
  await gracePost.getByText('1 like', { exact: true }).waitFor();
  await like.click();
  await gracePost.getByRole('button', { name: 'Like', pressed: false }).waitFor();
  await gracePost.getByText('1 like', { exact: true }).waitFor({ state: 'detached' });
  await like.click();
  await gracePost.getByText('1 like', { exact: true }).waitFor();

  step('comment on Grace’s post, see it, delete it');
  await gracePost.getByRole('button', { name: 'Comment' }).click();
  await gracePost.getByText('No comments yet. Be the first.').waitFor();
  await gracePost.getByLabel('Add a comment').fill('Congratulations, this is great work.');
  await gracePost.getByRole('button', { name: 'Comment', exact: true }).last().click();
  const comments = gracePost.getByRole('list', { name: 'Comments' });
  await comments.getByText('Congratulations, this is great work.').waitFor();
  await gracePost.getByRole('button', { name: '1 comment' }).waitFor();
  await gracePost.getByLabel('Add a comment').fill('And thank you for sharing.');
  await gracePost.getByRole('button', { name: 'Comment', exact: true }).last().click();
  await comments.getByText('And thank you for sharing.').waitFor();
  await gracePost.getByRole('button', { name: /Delete your comment “And thank you/ }).click();
  await comments.getByText('And thank you for sharing.').waitFor({ state: 'detached' });
  await gracePost.getByRole('button', { name: '1 comment' }).waitFor();

  step('Grace sees the like and the comment on her post from her profile activity');
  const graceView = await apiAs(baseURL, graceToken, 'GET', `/api/profiles/${grace.handle}/posts`);
  const original = graceView.items.find((post) => post.kind === 'POST');
  assert.equal(original.likeCount, 1);
  assert.equal(original.commentCount, 1);

  step('screenshots of the feed (desktop and phone)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outputDir, 'feed.png'), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: join(outputDir, 'feed-phone.png'), fullPage: true });
}
