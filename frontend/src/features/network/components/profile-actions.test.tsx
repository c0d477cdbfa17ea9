import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aProfile } from '@/testing/data';
import { fakeApi, json, noContent } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ProfileActions, RelationshipNote } from './profile-actions';

const grace = (overrides: Parameters<typeof aProfile>[0] = {}) =>
  aProfile({ id: 2, handle: 'grace', displayName: 'Grace Hopper', degree: 'THIRD_PLUS', connectionState: 'NONE', ...overrides });

describe('ProfileActions', () => {
  it('offers Follow and Connect, and opens the connect dialog', async () => {
    signIn();
    fakeApi();
    const { user } = renderWithProviders(<ProfileActions profile={grace()} />);

    expect(screen.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('dialog', { name: 'Connect with Grace Hopper' })).toBeInTheDocument();
  });

  it('offers no Connect to a follow-only member, and says why', () => {
    fakeApi();
    renderWithProviders(
      <>
        <ProfileActions profile={grace({ invitationPolicy: 'FOLLOW_ONLY' })} />
        <RelationshipNote profile={grace({ invitationPolicy: 'FOLLOW_ONLY' })} />
      </>,
    );

    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow' })).toBeInTheDocument();
    expect(screen.getByText(/Grace accepts followers only/)).toBeInTheDocument();
  });

  it('follows, then shows Following', async () => {
    signIn();
    const api = fakeApi().on('PUT /api/me/following/{id}', json(200, { memberId: 2, following: true, followsMe: false, connected: false }));
    const { user } = renderWithProviders(<ProfileActions profile={grace()} />);

    await user.click(screen.getByRole('button', { name: 'Follow' }));

    expect(await screen.findByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');
    expect(api.callsTo('PUT /api/me/following/2')).toHaveLength(1);
  });

  it('shows Pending with Withdraw for a request you sent', async () => {
    signIn();
    const api = fakeApi().on('POST /api/invitations/{id}/withdraw', json(200, {}));
    const { user } = renderWithProviders(
      <ProfileActions profile={grace({ connectionState: 'INVITATION_SENT', pendingInvitationId: 44 })} />,
    );

    expect(screen.getByText('Pending')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    // First the cool-down it starts, then the decision.
    const confirm = screen.getByRole('alertdialog', { name: 'Withdraw your request?' });
    expect(confirm).toHaveTextContent(/not be able to invite Grace again for 21 days, until/);
    expect(api.callsTo('POST /api/invitations/44/withdraw')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(api.callsTo('POST /api/invitations/44/withdraw')).toHaveLength(1));
  });

  it('says when you can invite again instead of offering Connect during a cool-down', () => {
    signIn();
    fakeApi();
    renderWithProviders(
      <ProfileActions profile={grace({ connectionState: 'NONE', canInviteAgainAt: '2099-03-04T10:00:00Z' })} />,
    );
    expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument();
    expect(screen.getByText(/You can invite Grace again on Mar 4, 2099/)).toBeInTheDocument();
  });

  it('lets a connection unfollow but stay connected, or remove the connection after confirming', async () => {
    signIn();
    const api = fakeApi()
      .on('DELETE /api/me/following/{id}', json(200, { memberId: 2, following: false, followsMe: true, connected: true }))
      .on('DELETE /api/me/connections/{id}', noContent());
    const { user } = renderWithProviders(
      <ProfileActions profile={grace({ connectionState: 'CONNECTED', following: true, degree: 'FIRST' })} />,
    );

    expect(screen.queryByRole('button', { name: 'Follow' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Connected' }));
    await user.click(screen.getByRole('button', { name: /Unfollow, stay connected/ }));
    expect(api.callsTo('DELETE /api/me/following/2')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Connected' }));
    await user.click(screen.getByRole('button', { name: 'Remove connection' }));
    expect(screen.getByText(/Grace is not notified/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByRole('button', { name: 'Remove' });
    expect(api.callsTo('DELETE /api/me/connections/2')).toHaveLength(1);
  });

  it('blocks after confirming, then leaves the profile for the settings page', async () => {
    signIn();
    const api = fakeApi().on('PUT /api/me/blocks/{id}', noContent());
    const { user, router } = renderWithProviders(<ProfileActions profile={grace()} />, { path: '/in/grace' });

    await user.click(screen.getByRole('button', { name: 'More actions for Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: /Block Grace/ }));
    expect(screen.getByText(/Grace is not notified/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Block' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/settings'));
    expect(api.callsTo('PUT /api/me/blocks/2')).toHaveLength(1);
  });
});
