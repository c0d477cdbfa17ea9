import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anInboxItem, anIntroduction, aSummary, someCounts } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { InboxRoute } from './inbox';

const grace = aSummary({ id: 2, handle: 'grace', displayName: 'Grace Hopper' });
const alan = aSummary({ id: 3, handle: 'alan', displayName: 'Alan Turing' });
const edsger = aSummary({ id: 4, handle: 'edsger', displayName: 'Edsger Dijkstra' });

const conversation = anInboxItem({ id: 1, actor: grace });
const request = anInboxItem({ id: 2, kind: 'CONNECTION_REQUEST', referenceId: 9, actor: alan, preview: 'We met at PLDI', score: 80, verdict: 'PERSONAL' });
const another = anInboxItem({ id: 3, kind: 'CONNECTION_REQUEST', referenceId: 10, actor: edsger, preview: 'Your EWDs', score: 75, verdict: 'PERSONAL' });

/** An inbox of `items` whose decided requests leave it, as the server does. */
function inboxApi(initial: ReturnType<typeof anInboxItem>[]) {
  let items = initial;
  const api = fakeApi()
    .on('GET /api/inbox/counts', () => json(200, someCounts({ connectionRequest: items.filter((i) => i.kind === 'CONNECTION_REQUEST').length })))
    .on('GET /api/inbox', () => json(200, { items }))
    .on('GET /api/introductions', json(200, { items: [] }))
    .on('POST /api/inbox/{itemId}/read', ({ params }) => json(200, { ...initial.find((i) => i.id === Number(params.itemId)), unread: false }))
    .on('POST /api/invitations/{id}/accept', ({ params }) => {
      items = items.filter((i) => i.referenceId !== Number(params.id) || i.kind !== 'CONNECTION_REQUEST');
      return json(200, {});
    })
    .on('POST /api/invitations/{id}/make-follower', ({ params }) => {
      items = items.filter((i) => i.referenceId !== Number(params.id) || i.kind !== 'CONNECTION_REQUEST');
      return json(200, {});
    });
  return { api, remove: (id: number) => (items = items.filter((i) => i.id !== id)) };
}

/** The list's children in order, as text: where the notice sits among the items. */
function order(list: HTMLElement) {
  return within(list)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement === list)
    .map((li) => (li.classList.contains('inbox-item--notice') ? `notice: ${li.textContent}` : li.querySelector('.inbox-item__name')?.textContent));
}

describe('InboxRoute: what a decision did is said where the member acted', () => {
  it('Accept: the notice takes the request’s place in the list and the focus, not the top of the page', async () => {
    signIn();
    const { api } = inboxApi([conversation, request, another]);
    const { user } = renderWithProviders(<InboxRoute />);

    await user.click(await screen.findByRole('button', { name: 'Accept Alan Turing' }));
    await user.click(screen.getByRole('button', { name: 'Accept without a reply' }));

    const notice = await screen.findByText('You are now connected with Alan Turing.');
    expect(notice).toHaveFocus();
    const list = screen.getByRole('list', { name: 'Inbox' });
    await waitForGone(() => screen.queryByRole('button', { name: 'Accept Alan Turing' }));
    expect(order(list)).toEqual(['Grace Hopper', 'notice: You are now connected with Alan Turing.', 'Edsger Dijkstra']);
    // said once: nothing above the list any more
    expect(screen.getAllByText(/You are now connected with Alan Turing/)).toHaveLength(1);
    expect(api.callsTo('POST /api/invitations/9/accept')[0].body).toEqual({});
  });

  it('Accept with a reply, then Make follower on the last request: each notice in place, focused', async () => {
    signIn();
    const { api } = inboxApi([conversation, request, another]);
    const { user } = renderWithProviders(<InboxRoute />);

    await user.click(await screen.findByRole('button', { name: 'Accept Alan Turing' }));
    await user.type(screen.getByLabelText('A personal reply to Alan (optional)'), 'Alan! Glad to reconnect.');
    await user.click(screen.getByRole('button', { name: 'Accept and send reply' }));
    const accepted = await screen.findByText(/You are now connected with Alan Turing\. Your reply opened your conversation\./);
    expect(accepted).toHaveFocus();
    expect(api.callsTo('POST /api/invitations/9/accept')[0].body).toEqual({ message: 'Alan! Glad to reconnect.' });

    await user.click(screen.getByRole('button', { name: 'Make follower: Edsger Dijkstra' }));
    const followed = await screen.findByText(/Edsger Dijkstra now follows you\./);
    expect(followed).toHaveFocus();
    const list = screen.getByRole('list', { name: 'Inbox' });
    await waitForGone(() => screen.queryByRole('button', { name: 'Make follower: Edsger Dijkstra' }));
    // the last item left: its notice closes the list; the earlier notice is gone (one at a time)
    expect(order(list)).toEqual(['Grace Hopper', 'notice: Edsger Dijkstra now follows you. They are told only that they follow you.']);
  });

  it('Forwarding an introduction: the broker’s outcome is said where the request was, focused', async () => {
    signIn();
    const asked = anInboxItem({ id: 5, kind: 'INTRODUCTION_AS_BROKER', referenceId: 70, actor: alan, preview: null });
    const { api, remove } = inboxApi([asked, conversation]);
    api
      .on('GET /api/introductions/{id}', json(200, anIntroduction()))
      .on('POST /api/introductions/{id}/forward', () => {
        remove(5);
        return json(200, anIntroduction({ status: 'FORWARDED', statusText: 'You passed it on to Grace.' }));
      });
    const { user } = renderWithProviders(<InboxRoute />);

    await user.type(await screen.findByLabelText('Your note to Grace Hopper'), 'Grace, meet Alan: a codebreaker.');
    await user.click(screen.getByRole('button', { name: 'Forward to Grace' }));

    const list = screen.getByRole('list', { name: 'Inbox' });
    await waitFor(() => expect(order(list)).toEqual(['notice: You passed it on to Grace.', 'Grace Hopper']));
    expect(within(list).getByText('You passed it on to Grace.')).toHaveFocus();
  });
});

/** Waits until `query` finds nothing. */
async function waitForGone(query: () => HTMLElement | null) {
  await waitFor(() => expect(query()).toBeNull());
}
