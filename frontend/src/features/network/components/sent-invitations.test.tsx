import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { SentInvitations } from './sent-invitations';

function aSent(id: number, name: string, status: string) {
  return {
    id,
    recipient: { id: 100 + id, handle: `member${id}`, displayName: name },
    note: `Hello ${name}`,
    score: 70,
    verdict: 'PERSONAL',
    status,
    createdAt: '2025-03-05T10:00:00Z',
    coolDownDays: 21,
  };
}

describe('SentInvitations', () => {
  it('shows each status as the sender may see it, and withdraws a pending one', async () => {
    signIn();
    let items = [aSent(1, 'Grace Hopper', 'PENDING'), aSent(2, 'Alan Turing', 'FOLLOWING'), aSent(3, 'Ada Byron', 'CONNECTED')];
    const api = fakeApi()
      .on('GET /api/invitations/sent', () => json(200, { items }))
      .on('POST /api/invitations/{id}/withdraw', () => {
        items = items.map((item) => (item.id === 1 ? { ...item, status: 'WITHDRAWN' } : item));
        return json(200, items[0]);
      });
    const { user } = renderWithProviders(<SentInvitations />);

    const list = await screen.findByRole('list', { name: 'Invitations sent' });
    const [grace, alan, ada] = within(list).getAllByRole('listitem');
    expect(grace).toHaveTextContent('Pending');
    expect(alan).toHaveTextContent('Following');
    expect(ada).toHaveTextContent('Connected');
    expect(list).not.toHaveTextContent(/ignored|follower/i);
    expect(within(alan).queryByRole('button', { name: /withdraw/i })).not.toBeInTheDocument();

    await user.click(within(grace).getByRole('button', { name: 'Withdraw the request to Grace Hopper' }));
    const confirm = within(grace).getByRole('alertdialog', { name: 'Withdraw your request?' });
    expect(confirm).toHaveTextContent(/for 21 days, until/);
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw' }));
    expect(await within(grace).findByText('Withdrawn')).toBeInTheDocument();
    expect(api.callsTo('POST /api/invitations/1/withdraw')).toHaveLength(1);
  });

  it('says so when nothing was sent', async () => {
    signIn();
    fakeApi().on('GET /api/invitations/sent', json(200, { items: [] }));
    renderWithProviders(<SentInvitations />);
    expect(await screen.findByText("You haven't sent any connection requests.")).toBeInTheDocument();
  });
});
