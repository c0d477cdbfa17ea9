import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ConnectDialog } from './connect-dialog';

const grace = { id: 2, displayName: 'Grace Hopper', invitationPolicy: 'NOTE_REQUIRED' as const };

const personalScore = {
  score: 82,
  verdict: 'PERSONAL',
  recipientPolicy: 'NOTE_REQUIRED',
  noteRequired: true,
  reasons: [
    { code: 'MENTIONS_RECIPIENT', explanation: 'It uses their name.', negative: false },
    { code: 'MENTIONS_SHARED_CONTEXT', explanation: 'It mentions something you share.', negative: false },
  ],
};

describe('ConnectDialog', () => {
  it("explains the recipient's policy before anything is typed", () => {
    signIn();
    fakeApi();
    renderWithProviders(<ConnectDialog recipient={grace} onClose={vi.fn()} />);

    const dialog = screen.getByRole('dialog', { name: 'Connect with Grace Hopper' });
    expect(dialog).toHaveTextContent('Grace asks for a personal note with every connection request.');
    expect(screen.getByLabelText('Personal note')).toHaveFocus();
  });

  it('refuses a paste and says why, keeping the note empty', async () => {
    signIn();
    const api = fakeApi();
    const { user } = renderWithProviders(<ConnectDialog recipient={grace} onClose={vi.fn()} />);

    await user.click(screen.getByLabelText('Personal note'));
    await user.paste("I'd like to add you to my professional network.");

    expect(screen.getByLabelText('Personal note')).toHaveValue('');
    expect(screen.getByText(/Pasting is turned off here/)).toBeInTheDocument();
    expect(screen.getByLabelText('Personal note')).toHaveAccessibleDescription(expect.stringContaining('Pasting is turned off'));
    expect(api.calls).toHaveLength(0);
  });

  it('counts characters and shows the live personalization score with its reasons', async () => {
    signIn();
    const api = fakeApi().on('POST /api/invitations/preview', json(200, personalScore));
    const { user } = renderWithProviders(<ConnectDialog recipient={grace} onClose={vi.fn()} />);

    await user.type(screen.getByLabelText('Personal note'), 'Hi Grace, loved your COBOL talk');

    expect(screen.getByText('31 / 300')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Personalization preview' });
    expect(await within(preview).findByText('Personal')).toBeInTheDocument();
    expect(preview).toHaveTextContent('82');
    expect(within(preview).getByRole('list', { name: 'Why this score' })).toHaveTextContent('It uses their name.');
    // Debounced: one call for the finished draft, not one per key.
    const calls = api.callsTo('POST /api/invitations/preview');
    expect(calls).toHaveLength(1);
    expect(calls[0].body).toEqual({ recipientId: 2, note: 'Hi Grace, loved your COBOL talk' });
  });

  it('shows the problem detail when the request is refused', async () => {
    signIn();
    fakeApi()
      .on('POST /api/invitations/preview', json(200, personalScore))
      .on(
        'POST /api/invitations',
        problem(429, {
          code: 'WEEKLY_INVITATION_LIMIT',
          title: 'Too Many Requests',
          detail: 'You have sent 100 requests in the last 7 days. Follow people instead, or try again later.',
        }),
      );
    const { user } = renderWithProviders(<ConnectDialog recipient={grace} onClose={vi.fn()} />);

    await user.type(screen.getByLabelText('Personal note'), 'Hi Grace');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your request was not sent');
    expect(alert).toHaveTextContent('You have sent 100 requests in the last 7 days.');
  });

  it('puts a note error on the note field', async () => {
    signIn();
    fakeApi().on(
      'POST /api/invitations',
      problem(422, {
        code: 'NOTE_REQUIRED',
        title: 'Unprocessable',
        detail: 'Grace asks for a personal note. Add one, or follow Grace instead.',
        errors: [{ field: 'note', message: 'A note is required.' }],
      }),
    );
    const { user } = renderWithProviders(<ConnectDialog recipient={grace} onClose={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Add one, or follow Grace instead.');
    expect(screen.getByLabelText('Personal note')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Personal note')).toHaveAccessibleDescription(expect.stringContaining('A note is required.'));
  });

  it('sends the trimmed note and says what came of it', async () => {
    signIn();
    const api = fakeApi()
      .on('POST /api/invitations/preview', json(200, personalScore))
      .on('POST /api/invitations', ({ body }) =>
        json(201, {
          id: 9,
          recipient: { id: 2, handle: 'grace', displayName: 'Grace Hopper' },
          note: (body as { note: string }).note,
          score: 82,
          verdict: 'PERSONAL',
          status: 'PENDING',
          createdAt: '2025-01-01T00:00:00Z',
        }),
      );
    const onClose = vi.fn();
    const { user } = renderWithProviders(<ConnectDialog recipient={grace} onClose={onClose} />);

    await user.type(screen.getByLabelText('Personal note'), '  Hi Grace, we met at the Navy lab.  ');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('Request sent. Grace will see your note and decide.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/invitations')[0].body).toEqual({ recipientId: 2, note: 'Hi Grace, we met at the Navy lab.' });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });
});
