import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSummary } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { SearchResults } from './search-results';

describe('SearchResults', () => {
  it('shows a loading state, then the members found', async () => {
    signIn();
    let answer: (response: Response) => void = () => {};
    fakeApi().on('GET /api/profiles', () => new Promise<Response>((resolve) => (answer = resolve)));
    renderWithProviders(<SearchResults q="grace" />);

    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    answer(json(200, { items: [aSummary()] }));

    const link = await screen.findByRole('link', { name: 'Grace Hopper' });
    expect(link).toHaveAttribute('href', '/in/grace');
    expect(screen.getByText('Rear Admiral at US Navy · Arlington, VA')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says so when nobody matches', async () => {
    signIn();
    fakeApi().on('GET /api/profiles', json(200, { items: [] }));
    renderWithProviders(<SearchResults q="nobody here" />);

    expect(await screen.findByText('No members match “nobody here”.')).toBeInTheDocument();
  });

  it('shows the problem detail and retries on request', async () => {
    signIn();
    const api = fakeApi().on(
      'GET /api/profiles',
      problem(503, { code: 'UNAVAILABLE', title: 'Service Unavailable', detail: 'Search is resting.' }),
    );
    const { user } = renderWithProviders(<SearchResults q="grace" />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Search is resting.');
    api.on('GET /api/profiles', json(200, { items: [aSummary()] }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('loads the next page with the cursor of the previous one', async () => {
    signIn();
    const api = fakeApi().on('GET /api/profiles', ({ url }) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json(200, { items: [aSummary({ id: 3, handle: 'grace2', displayName: 'Grace Kelly' })] })
        : json(200, { items: [aSummary()], nextCursor: 'page-2' }),
    );
    const { user } = renderWithProviders(<SearchResults q="grace" />);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Grace Kelly' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const [first, second] = api.callsTo('GET /api/profiles');
    expect(first.url.searchParams.get('q')).toBe('grace');
    expect(first.url.searchParams.has('cursor')).toBe(false);
    expect(second.url.searchParams.get('cursor')).toBe('page-2');
  });
});
