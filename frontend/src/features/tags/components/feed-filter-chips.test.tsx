import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPost, aSummary, aTag, aTagView } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderApp, signIn } from '@/testing/render';
import { aMe } from '@/testing/data';

function feedOf(...texts: string[]) {
  return json(200, {
    items: texts.map((text, i) => ({ reason: 'POSTED', at: '2024-06-01T00:00:00Z', post: aPost({ id: 200 + i, text, author: aSummary() }) })),
  });
}

describe('Feed filter chips on the home page', () => {
  it('switches the feed in one click to a tag or a saved view, with the URL and the active chip following', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/tags', json(200, { items: [aTag()] }))
      .on('GET /api/tag-views', json(200, { items: [aTagView()] }))
      .on('GET /api/feeds/home', feedOf('Everyone’s news'))
      .on('GET /api/feeds/tagged', ({ url }) =>
        url.searchParams.get('viewId') === '9' ? feedOf('Pipeline news') : feedOf('Client news'),
      );
    const { user, router } = renderApp('/');

    expect(await screen.findByText('Everyone’s news')).toBeInTheDocument();
    const chips = screen.getByRole('navigation', { name: 'Feed filters' });
    expect(within(chips).getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');

    await user.click(await within(chips).findByRole('link', { name: '#clients' }));
    expect(await screen.findByText('Client news')).toBeInTheDocument();
    expect(screen.queryByText('Everyone’s news')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?tag=7');
    expect(within(chips).getByRole('link', { name: '#clients' })).toHaveAttribute('aria-current', 'page');
    expect(within(chips).getByRole('link', { name: 'All' })).not.toHaveAttribute('aria-current');
    expect(api.callsTo('GET /api/feeds/tagged')[0].url.searchParams.getAll('tagId')).toEqual(['7']);

    await user.click(within(chips).getByRole('link', { name: 'Pipeline' }));
    expect(await screen.findByText('Pipeline news')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?view=9');

    await user.click(within(chips).getByRole('link', { name: 'All' }));
    expect(await screen.findByText('Everyone’s news')).toBeInTheDocument();
  });

  it('opens straight on a saved view from the URL, and says what to do when it is empty', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/tags', json(200, { items: [aTag()] }))
      .on('GET /api/tag-views', json(200, { items: [aTagView()] }))
      .on('GET /api/feeds/tagged', json(200, { items: [] }));
    renderApp('/?view=9');

    expect(await screen.findByText('No posts from the people under this selection yet.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Pipeline' })).toHaveAttribute('aria-current', 'page');
  });

  it('tells a newcomer with an empty feed what to do', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/tags', json(200, { items: [] }))
      .on('GET /api/tag-views', json(200, { items: [] }))
      .on('GET /api/feeds/home', json(200, { items: [] }));
    renderApp('/');

    expect(await screen.findByText('Your feed is empty, for now.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'find people you know' })).toHaveAttribute('href', '/search');
    expect(await screen.findByRole('link', { name: 'Create tags to focus your feed' })).toHaveAttribute('href', '/tags');
  });
});
