import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ReceivedInvitations } from './received-invitations';

function anInvitation(id: number, name: string, overrides: object = {}) {
  return {
    id,
    sender: { id: 100 + id, handle: name.toLowerCase().replace(' ', '_'), displayName: name, headline: 'Engineer' },
    note: `Hi Ada, ${name} here: we built the engine together.`,
    score: 78,
    verdict: 'PERSONAL',
    reasons: [{ code: 'MENTIONS_RECIPIENT', explanation: 'It uses your name.', negative: false }],
    state: 'PENDING',
    createdAt: '2025-03-05T10:00:00Z',
    ...overrides,
  };
}

describe('ReceivedInvitations', () => {
  it('shows each request with its note, verdict, score and reasons, and no Ignore', async () => {
    signIn();
    fakeApi().on(
      'GET /api/invitations/received',
      json(200, {
        items: [
          anInvitation(1, 'Grace Hopper'),
          anInvitation(2, 'Spam Sender', {
            note: "I'd like to add you to my professional network.",
            score: 8,
            verdict: 'GENERIC',
            reasons: [{ code: 'GENERIC_TEMPLATE', explanation: 'It is a known template.', negative: true }],
          }),
        ],
      }),
    );
    renderWithProviders(<ReceivedInvitations />);

    const list = await screen.findByRole('list', { name: 'Invitations received' });
    const [grace, spam] = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(grace).toHaveTextContent('we built the engine together');
    expect(within(grace).getByText('Personal')).toBeInTheDocument();
    expect(grace).toHaveTextContent('It uses your name.');
    expect(within(spam).getByText('Generic')).toBeInTheDocument();
    expect(spam).toHaveTextContent('It is a known template.');
    expect(within(spam).getByRole('button', { name: 'Make follower: Spam Sender' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /ignore/i })).not.toBeInTheDocument();
  });

  it('accepts one request and makes another a follower, refreshing the list', async () => {
    signIn();
    let pending = [anInvitation(1, 'Grace Hopper'), anInvitation(2, 'Alan Turing')];
    const api = fakeApi()
      .on('GET /api/invitations/received', () => json(200, { items: pending }))
      .on('POST /api/invitations/{id}/accept', ({ params }) => {
        pending = pending.filter((invitation) => invitation.id !== Number(params.id));
        return json(200, { ...anInvitation(Number(params.id), 'Grace Hopper'), state: 'ACCEPTED' });
      })
      .on('POST /api/invitations/{id}/make-follower', ({ params }) => {
        pending = pending.filter((invitation) => invitation.id !== Number(params.id));
        return json(200, { ...anInvitation(Number(params.id), 'Alan Turing'), state: 'MADE_FOLLOWER' });
      });
    const { user } = renderWithProviders(<ReceivedInvitations />);

    await user.click(await screen.findByRole('button', { name: 'Accept Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: 'Accept without a reply' }));
    expect(await screen.findByText('You are now connected with Grace Hopper.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Accept Alan Turing' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept Grace Hopper' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make follower: Alan Turing' }));
    const said = await screen.findByText(/Alan Turing now follows you/);
    // said where Alan's request was (now the only slot of the list), and focused for the keyboard
    expect(said).toHaveFocus();
    expect(await screen.findByText('No invitations waiting.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/invitations/1/accept')).toHaveLength(1);
    expect(api.callsTo('POST /api/invitations/1/accept')[0].body).toEqual({});
    expect(api.callsTo('POST /api/invitations/2/make-follower')).toHaveLength(1);
  });

  it('accepts with a personal reply that opens the conversation, or cancels', async () => {
    signIn();
    let pending = [anInvitation(1, 'Grace Hopper')];
    const api = fakeApi()
      .on('GET /api/invitations/received', () => json(200, { items: pending }))
      .on('POST /api/invitations/{id}/accept', () => {
        pending = [];
        return json(200, { ...anInvitation(1, 'Grace Hopper'), state: 'ACCEPTED' });
      });
    const { user } = renderWithProviders(<ReceivedInvitations />);

    await user.click(await screen.findByRole('button', { name: 'Accept Grace Hopper' }));
    const form = screen.getByRole('form', { name: 'Accept Grace Hopper' });
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Accept Grace Hopper' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept Grace Hopper' }));
    await user.type(screen.getByLabelText('A personal reply to Grace (optional)'), 'Grace! So glad to reconnect.');
    await user.click(screen.getByRole('button', { name: 'Accept and send reply' }));
    expect(await screen.findByText(/Your reply opened your conversation/)).toBeInTheDocument();
    expect(api.callsTo('POST /api/invitations/1/accept')[0].body).toEqual({ message: 'Grace! So glad to reconnect.' });
  });

  it('filters by verdict and sorts by score through the query', async () => {
    signIn();
    const api = fakeApi().on('GET /api/invitations/received', json(200, { items: [] }));
    const { user } = renderWithProviders(<ReceivedInvitations />);

    expect(await screen.findByText('No invitations waiting.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Show'), 'GENERIC');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'SCORE');
    expect(await screen.findByText('No requests match this filter.')).toBeInTheDocument();

    const last = api.callsTo('GET /api/invitations/received').at(-1)!;
    expect(last.url.searchParams.get('verdict')).toBe('GENERIC');
    expect(last.url.searchParams.get('sort')).toBe('SCORE');
    expect(api.callsTo('GET /api/invitations/received')[0].url.searchParams.has('verdict')).toBe(false);
  });

  it('loads more with the cursor', async () => {
    signIn();
    fakeApi().on('GET /api/invitations/received', ({ url }) =>
      url.searchParams.get('cursor') === 'next'
        ? json(200, { items: [anInvitation(2, 'Alan Turing')] })
        : json(200, { items: [anInvitation(1, 'Grace Hopper')], nextCursor: 'next' }),
    );
    const { user } = renderWithProviders(<ReceivedInvitations />);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('button', { name: 'Accept Alan Turing' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Accept Grace Hopper' })).toBeInTheDocument();
  });

  it('shows the problem detail of a failed decision on the request', async () => {
    signIn();
    fakeApi()
      .on('GET /api/invitations/received', json(200, { items: [anInvitation(1, 'Grace Hopper')] }))
      .on(
        'POST /api/invitations/{id}/accept',
        problem(409, { code: 'CONNECTION_LIMIT_REACHED', title: 'Conflict', detail: 'You already have 30,000 connections.' }),
      );
    const { user } = renderWithProviders(<ReceivedInvitations />);

    await user.click(await screen.findByRole('button', { name: 'Accept Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: 'Accept without a reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You already have 30,000 connections.');
  });

  it('shows an error with a retry when the list fails', async () => {
    signIn();
    fakeApi().on('GET /api/invitations/received', problem(503, { code: 'UNAVAILABLE', title: 'Unavailable', detail: 'Resting.' }));
    renderWithProviders(<ReceivedInvitations />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Resting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the filter and the sort in the address', async () => {
    signIn();
    const api = fakeApi().on('GET /api/invitations/received', json(200, { items: [anInvitation(1, 'Grace Hopper')] }));
    const { user, router } = renderWithProviders(<ReceivedInvitations />, { path: '/network?show=GENERIC&sort=SCORE' });
    await screen.findByRole('list', { name: 'Invitations received' });
    expect(screen.getByLabelText('Show')).toHaveValue('GENERIC');
    expect(screen.getByLabelText('Sort by')).toHaveValue('SCORE');
    const first = api.callsTo('GET /api/invitations/received')[0].url.searchParams;
    expect(first.get('verdict')).toBe('GENERIC');
    expect(first.get('sort')).toBe('SCORE');
    await user.selectOptions(screen.getByLabelText('Show'), '');
    expect(router.state.location.search).toBe('?sort=SCORE');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'NEWEST');
    expect(router.state.location.search).toBe('');
  });
});
