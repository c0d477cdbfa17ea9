import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aRelationship } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { RelationshipReview } from './relationship-review';

function summary(count: number, quiet: number) {
  return {
    connectionCount: count,
    withoutInteractionCount: quiet,
    inactivityYears: 2,
    keptCount: 0,
    text: `${count.toLocaleString('en-US')} connections · ${quiet} without any interaction in 2 years`,
  };
}

describe('RelationshipReview', () => {
  it('shows the summary and each connection with how we met, last interaction, tags and strength reasons', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me/relationships/summary', json(200, summary(2988, 412)))
      .on(
        'GET /api/me/relationships',
        json(200, {
          items: [
            aRelationship(11, 'Hal Stranger', { tags: [{ id: 7, name: 'clients' }] }),
            aRelationship(12, 'Gus Friend', { lastInteraction: { kind: 'MESSAGE_RECEIVED', at: new Date(Date.now() - 2 * 86_400_000).toISOString() } }),
          ],
        }),
      );
    const { user } = renderWithProviders(<RelationshipReview tags={[{ id: 7, name: 'clients' }]} />);

    expect(await screen.findByText('2,988 connections · 412 without any interaction in 2 years')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Your connections' });
    const [hal, gus] = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(hal).toHaveTextContent('Hal Stranger invited you with a note');
    expect(hal).toHaveTextContent('No interaction yet');
    expect(hal).toHaveTextContent('#clients');
    expect(gus).toHaveTextContent('Last interaction: they wrote to you, 2d ago');

    await user.click(within(hal).getByRole('button', { name: /Relationship strength with Hal Stranger: Weak, 12/ }));
    expect(within(hal).getByRole('list', { name: 'Why the strength with Hal Stranger is 12' })).toHaveTextContent(
      'You have never interacted. (-20)',
    );
  });

  it('sorts and filters by tag through the query', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/me/relationships/summary', json(200, summary(0, 0)))
      .on('GET /api/me/relationships', json(200, { items: [] }));
    const { user } = renderWithProviders(<RelationshipReview tags={[{ id: 7, name: 'clients' }]} />);
    expect(await screen.findByText('You have no connections yet.')).toBeInTheDocument();
    expect(api.callsTo('GET /api/me/relationships')[0].url.searchParams.get('sort')).toBe('LEAST_RECENT_INTERACTION');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'STRENGTH');
    await user.selectOptions(screen.getByLabelText('Tag'), '7');
    expect(await screen.findByText('No connection carries this tag.')).toBeInTheDocument();
    const last = api.callsTo('GET /api/me/relationships').at(-1)!;
    expect(last.url.searchParams.get('sort')).toBe('STRENGTH');
    expect(last.url.searchParams.get('tagId')).toBe('7');
  });

  it('makes two selected connections followers after a confirmation that says nobody is notified', async () => {
    signIn();
    let items = [aRelationship(11, 'Hal Stranger'), aRelationship(12, 'Ida Forgotten'), aRelationship(13, 'Gus Friend')];
    const api = fakeApi()
      .on('GET /api/me/relationships/summary', () => json(200, summary(items.length, items.length)))
      .on('GET /api/me/relationships', () => json(200, { items }))
      .on('POST /api/me/relationships/make-follower', ({ body }) => {
        const ids = (body as { memberIds: number[] }).memberIds;
        items = items.filter((item) => !ids.includes(item.member.id));
        return json(200, { changed: ids, unchanged: [] });
      });
    const { user } = renderWithProviders(<RelationshipReview tags={[]} />);

    await user.click(await screen.findByRole('checkbox', { name: 'Select Hal Stranger' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Ida Forgotten' }));
    const bar = screen.getByRole('region', { name: 'Selected connections' });
    expect(bar).toHaveTextContent('2 selected');
    await user.click(within(bar).getByRole('button', { name: 'Make followers' }));

    const dialog = screen.getByRole('dialog', { name: 'Make 2 connections followers?' });
    expect(dialog).toHaveTextContent('Nobody is notified.');
    expect(dialog).toHaveTextContent('Hal Stranger and Ida Forgotten');
    await user.click(within(dialog).getByLabelText(/Keep following them all/));
    await user.click(within(dialog).getByRole('button', { name: 'Make followers' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Hal Stranger and Ida Forgotten are now followers. Nobody was notified.',
    );
    expect(api.callsTo('POST /api/me/relationships/make-follower')[0].body).toEqual({ memberIds: [11, 12], keepFollowing: true });
    expect(await screen.findByText('1 connections · 1 without any interaction in 2 years')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Select Hal Stranger' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Selected connections' })).not.toBeInTheDocument();
  });

  it('removes one connection from its row, after confirming', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/me/relationships/summary', json(200, summary(1, 1)))
      .on('GET /api/me/relationships', json(200, { items: [aRelationship(11, 'Hal Stranger')] }))
      .on('POST /api/me/relationships/remove', json(200, { changed: [11], unchanged: [] }));
    const { user } = renderWithProviders(<RelationshipReview tags={[]} />);
    await user.click(await screen.findByRole('button', { name: 'Remove: Hal Stranger' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Hal Stranger?' });
    expect(dialog).toHaveTextContent('you stop following each other');
    await user.click(within(dialog).getByRole('button', { name: 'Remove connection' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Hal Stranger is no longer connected with you. Nobody was notified.');
    expect(api.callsTo('POST /api/me/relationships/remove')[0].body).toEqual({ memberIds: [11] });
  });

  it('keeps a connection from its row: says so in place, takes the focus, offers undo, and hides kept ones until asked', async () => {
    signIn();
    const keptAt = '2026-03-05T10:00:00Z';
    let kept = new Set<number>();
    const all = [aRelationship(11, 'Hal Stranger'), aRelationship(12, 'Ida Forgotten'), aRelationship(13, 'Gus Friend')];
    const api = fakeApi()
      .on('GET /api/me/relationships/summary', () => json(200, { ...summary(3, 3), keptCount: kept.size }))
      .on('GET /api/me/relationships', ({ url }) => {
        const include = url.searchParams.get('kept') === 'INCLUDE';
        const items = all
          .filter((item) => include || !kept.has(item.member.id))
          .map((item) => (kept.has(item.member.id) ? { ...item, keptAt } : item));
        return json(200, { items });
      })
      .on('POST /api/me/relationships/keep', ({ body }) => {
        const ids = (body as { memberIds: number[] }).memberIds;
        ids.forEach((id) => kept.add(id));
        return json(200, { changed: ids, unchanged: [] });
      })
      .on('POST /api/me/relationships/unkeep', ({ body }) => {
        const ids = (body as { memberIds: number[] }).memberIds;
        kept = new Set([...kept].filter((id) => !ids.includes(id)));
        return json(200, { changed: ids, unchanged: [] });
      });
    const { user } = renderWithProviders(<RelationshipReview tags={[]} />);

    const keepIda = await screen.findByRole('button', { name: 'Keep: Ida Forgotten' });
    expect(screen.getByRole('button', { name: 'Make follower: Ida Forgotten' })).toHaveAccessibleDescription(
      'Ends the connection quietly; Ida Forgotten keeps following you.',
    );
    await user.click(keepIda);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('You kept Ida Forgotten.');
    expect(status).toHaveFocus();
    expect(api.callsTo('POST /api/me/relationships/keep')[0].body).toEqual({ memberIds: [12] });
    // the notice stands where Ida's row was: between Hal and Gus
    const list = screen.getByRole('list', { name: 'Your connections' });
    await vi.waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Select Ida Forgotten' })).not.toBeInTheDocument());
    const rows = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(rows[0]).toHaveTextContent('Hal Stranger');
    expect(rows[1]).toContainElement(status);
    expect(rows[2]).toHaveTextContent('Gus Friend');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: they are back in your review.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/me/relationships/unkeep')[0].body).toEqual({ memberIds: [12] });
    await user.click(await screen.findByRole('button', { name: 'Keep: Ida Forgotten' }));
    await screen.findByText(/You kept Ida Forgotten/);

    await user.click(await screen.findByLabelText('Show kept connections (1)'));
    expect(await screen.findByText('Kept on Mar 5, 2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review again: Ida Forgotten' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps several selected connections from the selection bar', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/me/relationships/summary', json(200, summary(2, 2)))
      .on('GET /api/me/relationships', json(200, { items: [aRelationship(11, 'Hal Stranger'), aRelationship(12, 'Ida Forgotten')] }))
      .on('POST /api/me/relationships/keep', json(200, { changed: [11, 12], unchanged: [] }));
    const { user } = renderWithProviders(<RelationshipReview tags={[]} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Select Hal Stranger' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Ida Forgotten' }));
    await user.click(within(screen.getByRole('region', { name: 'Selected connections' })).getByRole('button', { name: 'Keep' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You kept Hal Stranger and Ida Forgotten.');
    expect(api.callsTo('POST /api/me/relationships/keep')[0].body).toEqual({ memberIds: [11, 12] });
  });
});
