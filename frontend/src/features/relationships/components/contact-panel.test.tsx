import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aContact, anIntroduction } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ContactPanel } from './contact-panel';

function panel() {
  return (
    <ContactPanel
      memberId={2}
      displayName="Grace Hopper"
      notes={<p>No notes yet.</p>}
      renderConversation={(contact) => <p>conversation {contact.conversation?.id ?? 'none'}</p>}
    />
  );
}

describe('ContactPanel', () => {
  it('shows how we met, since when, last interaction, strength, tags, conversation and introductions', async () => {
    signIn();
    fakeApi()
      .on(
        'GET /api/members/{id}/contact',
        json(200, aContact({ conversation: { id: 40, unreadCount: 0 }, introductions: [anIntroduction({ statusText: 'Introduced.' })] })),
      );
    renderWithProviders(panel());

    const card = await screen.findByRole('region', { name: 'You and Grace' });
    expect(await within(card).findByText('Introduced by Ada Lovelace')).toBeInTheDocument();
    expect(card).toHaveTextContent('Connected since');
    expect(card).toHaveTextContent('they wrote to you, on Jan 10, 2024');
    expect(card).toHaveTextContent('#clients');
    expect(within(card).getByRole('button', { name: /Strong, 71 out of 100/ })).toBeInTheDocument();
    expect(card).toHaveTextContent('conversation 40');
    expect(within(card).getByRole('region', { name: 'Introductions between you' })).toHaveTextContent(
      'Alan Turing → Grace Hopper (via Ada Lovelace): Introduced.',
    );
    expect(await within(card).findByText('No notes yet.')).toBeInTheDocument();
  });

  it('is not there for someone who is not my contact', async () => {
    signIn();
    fakeApi().on('GET /api/members/{id}/contact', problem(404, { code: 'NOT_FOUND', title: 'Not Found' }));
    const { container } = renderWithProviders(panel());
    await screen.findByText(/Loading what you know/);
    await expect.poll(() => container.textContent).toBe('');
  });
});
