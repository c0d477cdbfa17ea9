import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '@/lib/auth-token';
import { aMe, aPosition, aProfile } from '@/testing/data';
import { fakeApi, json, noContent, problem } from '@/testing/fake-api';
import { renderApp, signIn } from '@/testing/render';

describe('routes', () => {
  it('sends visitors of a protected page to the login page', async () => {
    fakeApi();
    const { router } = renderApp('/me');

    expect(await screen.findByRole('heading', { name: 'Log in to Rapport' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows a member profile with counts, position and career history', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe({ handle: 'me', displayName: 'Me Myself' })))
      .on('GET /api/profiles/{handle}', ({ params }) =>
        json(200, aProfile({ handle: params.handle, positions: [aPosition(), aPosition({ id: 12, title: 'Intern', company: 'Acme', startDate: '2015-06-01', endDate: '2016-08-31', current: false, description: null })] })),
      );
    renderApp('/in/ada');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText('2,988 connections')).toBeInTheDocument();
    expect(screen.getByText('512 followers')).toBeInTheDocument();
    expect(screen.getByText('Engineer who likes engines')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Career history' });
    expect(within(history).getByText('Intern')).toBeInTheDocument();
    expect(within(history).getByText('Jun 2015 – Aug 2016')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit your profile' })).not.toBeInTheDocument();
  });

  it('says when no member has the handle', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/profiles/{handle}', problem(404, { code: 'NOT_FOUND', title: 'Not Found', detail: 'No such member.' }));
    renderApp('/in/nobody');

    expect(await screen.findByRole('heading', { name: 'Member not found' })).toBeInTheDocument();
    expect(screen.getByText('Nobody on Rapport has the handle @nobody.')).toBeInTheDocument();
  });

  it('shows a visitor who is not signed in the public profile and an invitation to join, not the log-in page', async () => {
    const api = fakeApi().on(
      'GET /api/public/profiles/{handle}',
      json(200, { handle: 'ada', displayName: 'Ada Lovelace', headline: 'Engineer who likes engines', location: 'London' }),
    );
    const { router, user } = renderApp('/in/ada');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/in/ada');
    expect(screen.getByText('Engineer who likes engines')).toBeInTheDocument();
    expect(screen.queryByText(/connections/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Follow Ada on Rapport' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/profiles/ada')).toHaveLength(0);
    expect(api.callsTo('GET /api/public/profiles/ada')[0].headers.get('Authorization')).toBeNull();

    await user.click(within(screen.getByRole('region', { name: 'Follow Ada on Rapport' })).getByRole('link', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: 'Log in to Rapport' })).toBeInTheDocument();
    expect((router.state.location.state as { from?: string }).from).toBe('/in/ada');
  });

  it('tells a visitor the same thing for an unknown handle and a profile kept for members', async () => {
    fakeApi().on(
      'GET /api/public/profiles/{handle}',
      problem(404, { code: 'MEMBER_NOT_FOUND', title: 'Not found', detail: "No member has the handle 'nobody'." }),
    );
    renderApp('/in/nobody');
    expect(await screen.findByRole('heading', { name: 'This profile is not available' })).toBeInTheDocument();
    expect(screen.getByText(/There is no public profile at @nobody/)).toBeInTheDocument();
  });

  it('sends the member to the login page when the session has expired', async () => {
    signIn();
    fakeApi().on('GET /api/me', problem(401, { code: 'UNAUTHORIZED', title: 'Unauthorized', detail: 'Expired.' }));
    const { router } = renderApp('/me');

    expect(await screen.findByText('Your session has ended. Please log in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getAccessToken()).toBeNull();
  });

  it('logs out from the navigation bar, ending the session on the server first', async () => {
    signIn('session-token');
    const api = fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('POST /api/me/sessions/current/end', noContent());
    const { user, router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Welcome, Ada' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Me' }));
    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getAccessToken()).toBeNull();
    const [end] = api.callsTo('POST /api/me/sessions/current/end');
    expect(end.headers.get('Authorization')).toBe('Bearer session-token');
  });

  it('opens the settings sections from the Me menu, which Escape closes', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/me/invitation-settings', json(200, { invitationPolicy: 'NOTE_REQUIRED', autoFollowGeneric: false }))
      .on('GET /api/me/public-profile', json(200, { listed: true, showHeadline: true, showPosition: true, showLocation: true, showAbout: false, showCareer: false, showCounts: false }))
      .on('GET /api/me/blocks', json(200, { items: [] }))
      .on('GET /api/me/sessions', json(200, { items: [] }))
      .on('GET /api/me/access-tokens', json(200, { items: [] }));
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ada' });

    const button = screen.getByRole('button', { name: 'Me' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Me' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    await user.click(within(screen.getByRole('list', { name: 'Me' })).getByRole('link', { name: 'Blocked members' }));
    expect(router.state.location.pathname).toBe('/settings');
    expect(router.state.location.hash).toBe('#blocked');
    expect(screen.queryByRole('list', { name: 'Me' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Blocked members' })).toHaveFocus();
    expect(await screen.findByRole('region', { name: 'Public profile' })).toBeInTheDocument();
  });

  it('still logs out locally when the server cannot be reached', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('POST /api/me/sessions/current/end', () => Promise.reject(new TypeError('Failed to fetch')));
    const { user, router } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ada' });
    await user.click(screen.getByRole('button', { name: 'Me' }));
    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByText('You have logged out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getAccessToken()).toBeNull();
  });

  it('adds, edits and removes positions on my profile', async () => {
    signIn();
    let me = aMe({ positions: [] });
    const api = fakeApi()
      .on('GET /api/me', () => json(200, me))
      .on('POST /api/me/positions', ({ body }) => {
        const position = aPosition({ id: 99, ...(body as object), current: true, description: null });
        me = { ...me, positions: [position] };
        return json(201, position);
      })
      .on('PUT /api/me/positions/{positionId}', ({ body }) => {
        me = { ...me, positions: [{ ...me.positions[0], ...(body as object) }] };
        return json(200, me.positions[0]);
      })
      .on('DELETE /api/me/positions/{positionId}', () => {
        me = { ...me, positions: [] };
        return noContent();
      });
    const { user } = renderApp('/me');

    expect(await screen.findByText('No positions yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add position' }));
    const form = screen.getByRole('form', { name: 'Add position' });
    await user.type(within(form).getByLabelText('Title'), 'Analyst');
    await user.type(within(form).getByLabelText('Company'), 'Babbage & Co');
    await user.type(within(form).getByLabelText('Start date'), '2020-01-01');
    // A new current position is announced only if the member says so.
    await user.click(within(form).getByRole('button', { name: 'Save position' }));
    expect(await within(form).findByText('Choose whether to announce this new position.')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: /Announce it/ }));
    await user.click(within(form).getByRole('button', { name: 'Save position' }));

    expect(await screen.findByRole('heading', { name: 'Analyst' })).toBeInTheDocument();
    expect(api.callsTo('POST /api/me/positions')[0].body).toEqual({
      announce: true,
      title: 'Analyst',
      company: 'Babbage & Co',
      startDate: '2020-01-01',
      endDate: null,
      description: null,
    });

    await user.click(screen.getByRole('button', { name: 'Edit Analyst at Babbage & Co' }));
    const edit = screen.getByRole('form', { name: 'Edit position Analyst' });
    await user.clear(within(edit).getByLabelText('Title'));
    await user.type(within(edit).getByLabelText('Title'), 'Lead Analyst');
    await user.click(within(edit).getByRole('button', { name: 'Save position' }));
    expect(await screen.findByRole('heading', { name: 'Lead Analyst' })).toBeInTheDocument();
    expect(api.callsTo('PUT /api/me/positions/99')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Remove Lead Analyst at Babbage & Co' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('No positions yet.')).toBeInTheDocument();
    expect(api.callsTo('DELETE /api/me/positions/99')).toHaveLength(1);
  });
  it("shows another member's degree, mutual connections and relationship actions", async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe({ handle: 'me', displayName: 'Me Myself' })))
      .on(
        'GET /api/profiles/{handle}',
        json(
          200,
          aProfile({
            handle: 'ada',
            degree: 'SECOND',
            connectionState: 'NONE',
            mutualConnectionCount: 12,
            mutualConnections: [
              { id: 5, handle: 'bo', displayName: 'Bo Diddley' },
              { id: 6, handle: 'cy', displayName: 'Cy Twombly' },
            ],
          }),
        ),
      );
    renderApp('/in/ada');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByText('2nd')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '12 mutual connections: Bo Diddley, Cy Twombly and 10 others' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeInTheDocument();
    expect(screen.getByText('Ada asks for a personal note with every connection request.')).toBeInTheDocument();
  });

  it('opens My Network on the invitations received, and the other tabs by address', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/invitations/received', json(200, { items: [] }))
      .on('GET /api/me/followers', json(200, { items: [] }));
    const { user } = renderApp('/network');

    expect(await screen.findByRole('heading', { level: 1, name: 'My Network' })).toBeInTheDocument();
    expect(await screen.findByText('No invitations waiting.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Followers' }));
    expect(await screen.findByText('No followers yet.')).toBeInTheDocument();
  });

  it('shows the invitation and network privacy settings at /settings', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/me/invitation-settings', json(200, { invitationPolicy: 'FOLLOW_ONLY', autoFollowGeneric: true }))
      .on('GET /api/me/privacy-settings', json(200, { networkVisibility: 'MEMBERS' }))
      .on('GET /api/me/blocks', json(200, { items: [] }))
      .on('GET /api/me/access-tokens', json(200, { items: [] }));
    renderApp('/settings');

    expect(await screen.findByRole('radio', { name: /Follow only/ })).toBeChecked();
    const network = screen.getByRole('region', { name: 'Who can see your network' });
    expect(await within(network).findByRole('radio', { name: /All members/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /generic requests into followers/ })).toBeChecked();
    expect(await screen.findByText("You haven't blocked anyone.")).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Access tokens for other apps' })).toBeInTheDocument();
  });

  it('after deleting the account from Settings, lands on the sign-up page signed out', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/me/invitation-settings', json(200, { invitationPolicy: 'NOTE_REQUIRED', autoFollowGeneric: false }))
      .on('GET /api/me/blocks', json(200, { items: [] }))
      .on('GET /api/me/access-tokens', json(200, { items: [] }))
      .on('GET /api/me/sessions', json(200, { items: [] }))
      .on('POST /api/me/deletion', noContent());
    const { user, router } = renderApp('/settings');

    await user.click(await screen.findByRole('button', { name: 'Delete account…' }));
    await user.type(screen.getByLabelText('Your password'), 'my-password');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    expect(await screen.findByText(/^Your account is deleted/)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signup');
    expect(getAccessToken()).toBeNull();
  }, 20_000);
});
