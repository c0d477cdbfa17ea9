import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { components } from '@/api/schema';
import { fakeApi, json, noContent } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { deviceName } from './device-name';
import { Sessions } from './sessions';

type Session = components['schemas']['SessionResponse'];

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 1,
    createdAt: '2025-03-05T10:00:00Z',
    lastSeenAt: new Date().toISOString(),
    expiresAt: '2099-03-05T22:00:00Z',
    userAgent: FIREFOX,
    ip: '203.0.113.7',
    current: true,
    ...overrides,
  };
}

describe('Sessions', () => {
  it('lists where I am logged in, this device marked and not endable', async () => {
    signIn();
    fakeApi().on(
      'GET /api/me/sessions',
      json(200, { items: [aSession(), aSession({ id: 2, current: false, userAgent: SAFARI_IPHONE, ip: null })] }),
    );
    renderWithProviders(<Sessions />);

    const [mine, phone] = within(await screen.findByRole('list', { name: 'Your sessions' })).getAllByRole('listitem');
    expect(mine).toHaveTextContent('Firefox on Windows');
    expect(mine).toHaveTextContent('This device');
    expect(mine).toHaveTextContent('From 203.0.113.7');
    expect(within(mine).queryByRole('button')).not.toBeInTheDocument();
    expect(phone).toHaveTextContent('Safari on iOS');
    expect(phone).not.toHaveTextContent('This device');
    expect(within(phone).getByRole('button', { name: 'End session on Safari on iOS' })).toBeInTheDocument();
  }, 15_000);

  it('ends another session after a confirmation, and refreshes the list', async () => {
    signIn();
    let items = [aSession(), aSession({ id: 2, current: false, userAgent: SAFARI_IPHONE })];
    const api = fakeApi()
      .on('GET /api/me/sessions', () => json(200, { items }))
      .on('DELETE /api/me/sessions/{sessionId}', ({ params }) => {
        items = items.filter((s) => String(s.id) !== params.sessionId);
        return noContent();
      });
    const { user } = renderWithProviders(<Sessions />);

    await user.click(await screen.findByRole('button', { name: 'End session on Safari on iOS' }));
    expect(screen.getByText('Log out Safari on iOS?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End session' }));

    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(api.callsTo('DELETE /api/me/sessions/2')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'End all other sessions' })).not.toBeInTheDocument();
  }, 15_000);

  it('ends all other sessions at once', async () => {
    signIn();
    let items = [aSession(), aSession({ id: 2, current: false }), aSession({ id: 3, current: false, userAgent: null })];
    const api = fakeApi()
      .on('GET /api/me/sessions', () => json(200, { items }))
      .on('POST /api/me/sessions/end-others', () => {
        items = items.filter((s) => s.current);
        return noContent();
      });
    const { user } = renderWithProviders(<Sessions />);

    expect(await screen.findByText('Unknown device')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End all other sessions' }));

    expect(await screen.findByText('Every other device is logged out.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(api.callsTo('POST /api/me/sessions/end-others')).toHaveLength(1);
  }, 15_000);

  it('names devices from their user agent', () => {
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36')).toBe(
      'Chrome on Linux',
    );
    expect(deviceName('curl/8.5.0')).toBe('curl/8.5.0');
    expect(deviceName(null)).toBe('Unknown device');
  }, 15_000);
});
