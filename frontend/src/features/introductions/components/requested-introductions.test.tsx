import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSummary } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import type { Introduction } from '../api/types';
import { RequestedIntroductions } from './requested-introductions';

function anIntroduction(id: number, status: Introduction['status'], statusText: string, extra: Partial<Introduction> = {}): Introduction {
  return {
    id,
    role: 'REQUESTER',
    status,
    declinedByYou: false,
    requester: aSummary({ id: 1, handle: 'me', displayName: 'Me Myself' }),
    broker: aSummary({ id: 2, handle: 'bea', displayName: 'Bea Broker' }),
    target: aSummary({ id: 3 + id, handle: `t${id}`, displayName: `Tess Target${id}` }),
    message: 'Could you introduce me? We both work on ledgers.',
    followOnly: false,
    statusText,
    createdAt: '2026-03-01T10:00:00Z',
    ...extra,
  };
}

describe('RequestedIntroductions', () => {
  it('lists the waiting ones first and withdraws one after confirming, saying so in place', async () => {
    signIn();
    let withdrawn = false;
    const api = fakeApi()
      .on('GET /api/introductions', ({ url }) =>
        json(200, {
          items:
            url.searchParams.get('pending') === 'true'
              ? withdrawn
                ? []
                : [anIntroduction(1, 'REQUESTED', 'Waiting for Bea Broker to pass your request on to Tess Target1.')]
              : [
                  anIntroduction(1, 'REQUESTED', 'Waiting for Bea Broker to pass your request on to Tess Target1.'),
                  anIntroduction(2, 'DECLINED', 'This introduction did not happen this time. That is all right: introductions are favours.'),
                  anIntroduction(3, 'ACCEPTED', 'Tess Target3 accepted: you are now connected, and your conversation is open.', { conversationId: 77 }),
                ],
        }),
      )
      .on('POST /api/introductions/1/withdraw', () => {
        withdrawn = true;
        return json(200, anIntroduction(1, 'WITHDRAWN', 'You withdrew this request.'));
      });
    const { user } = renderWithProviders(<RequestedIntroductions />);
    const list = await screen.findByRole('list', { name: 'Introductions you asked for' });
    expect(api.callsTo('GET /api/introductions')[0].url.searchParams.get('role')).toBe('REQUESTER');
    expect(within(list).getByText(/Waiting for Bea Broker/)).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Withdraw: introduction to Tess Target1' }));
    const confirm = screen.getByRole('group', { name: 'Withdraw this request?' });
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw request' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('You withdrew your request to meet Tess Target1. Nobody else is told.');
    expect(status).toHaveFocus();
    expect(await screen.findByText('No introduction you asked for is waiting.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'All, decided too' }));
    const all = await screen.findByRole('list', { name: 'Introductions you asked for' });
    expect(await within(all).findByText(/did not happen this time/)).toBeInTheDocument();
    expect(within(all).queryByText(/declined/i)).not.toBeInTheDocument();
    expect(within(all).getByRole('link', { name: 'Open your conversation with Tess' })).toHaveAttribute('href', '/messages/77');
    // a decided one cannot be withdrawn
    expect(within(all).getAllByRole('button', { name: /Withdraw/ })).toHaveLength(1);
  });
});
