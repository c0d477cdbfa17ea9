import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aConversation, aMessage, aSummary } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ConversationView } from './conversation-view';

describe('ConversationView', () => {
  it('shows the history newest first, loads older messages, and marks read up to the newest', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/conversations/{id}', json(200, aConversation({ unreadCount: 2, readUpToMessageId: 1 })))
      .on('GET /api/conversations/{id}/messages', ({ url }) =>
        url.searchParams.get('cursor') === 'older'
          ? json(200, { items: [aMessage(1, { text: 'The very first one' })] })
          : json(200, { items: [aMessage(3, { text: 'Thursday works?' }), aMessage(2, { mine: true, text: 'Hello Grace' })], nextCursor: 'older' }),
      )
      .on('POST /api/conversations/{id}/read', ({ body }) =>
        json(200, aConversation({ unreadCount: 0, readUpToMessageId: (body as { upToMessageId: number }).upToMessageId })),
      );
    const { user } = renderWithProviders(<ConversationView conversationId={40} />);

    expect(await screen.findByRole('heading', { name: 'Grace Hopper' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Messages with Grace Hopper, newest first' });
    const [newest, older] = within(list).getAllByRole('listitem');
    expect(newest).toHaveTextContent('Grace');
    expect(newest).toHaveTextContent('Thursday works?');
    expect(older).toHaveTextContent('You');
    await waitFor(() => expect(api.callsTo('POST /api/conversations/40/read')).toHaveLength(1));
    expect(api.callsTo('POST /api/conversations/40/read')[0].body).toEqual({ upToMessageId: 3 });

    await user.click(screen.getByRole('button', { name: 'Show older messages' }));
    expect(await screen.findByText('The very first one')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show older messages' })).not.toBeInTheDocument();
    expect(api.callsTo('POST /api/conversations/40/read')).toHaveLength(1);
  });

  it('sends a message and empties the composer', async () => {
    signIn();
    const sent: string[] = [];
    fakeApi()
      .on('GET /api/conversations/{id}', json(200, aConversation()))
      .on('GET /api/conversations/{id}/messages', () =>
        json(200, { items: sent.map((text, i) => aMessage(10 + i, { mine: true, text })).reverse() }),
      )
      .on('POST /api/conversations/{id}/messages', ({ body }) => {
        sent.push((body as { text: string }).text);
        return json(201, aMessage(10, { mine: true, text: sent.at(-1) }));
      })
      .on('POST /api/conversations/{id}/read', json(200, aConversation()));
    const { user } = renderWithProviders(<ConversationView conversationId={40} />);

    expect(await screen.findByText('No messages yet.')).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Write to Grace Hopper' });
    await user.type(box, '  See you Thursday!  ');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('See you Thursday!')).toBeInTheDocument();
    expect(sent).toEqual(['See you Thursday!']);
    expect(box).toHaveValue('');
  });

  it('says why you can no longer write, and shows the introduction note as such', async () => {
    signIn();
    fakeApi()
      .on(
        'GET /api/conversations/{id}',
        json(200, aConversation({ canWrite: false, openedBy: 'INTRODUCTION', introducedBy: aSummary({ id: 9, handle: 'bo', displayName: 'Bo Broker' }) })),
      )
      .on(
        'GET /api/conversations/{id}/messages',
        json(200, { items: [aMessage(5, { kind: 'INTRODUCTION', senderId: 9, text: 'Grace, meet Ada.' })] }),
      );
    renderWithProviders(<ConversationView conversationId={40} />);

    expect(await screen.findByText(/You can no longer write here/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Write to Grace Hopper' })).not.toBeInTheDocument();
    expect(screen.getByText('Bo Broker introduced you.')).toBeInTheDocument();
    expect(await screen.findByText('Bo Broker introduced you', { exact: true })).toBeInTheDocument();
  });

  it('shows the problem when the conversation is not yours', async () => {
    signIn();
    fakeApi()
      .on('GET /api/conversations/{id}', problem(404, { code: 'NOT_FOUND', title: 'Not Found', detail: 'No such conversation.' }))
      .on('GET /api/conversations/{id}/messages', problem(404, { code: 'NOT_FOUND', title: 'Not Found', detail: 'No such conversation.' }));
    renderWithProviders(<ConversationView conversationId={40} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('No such conversation.');
  });
});
