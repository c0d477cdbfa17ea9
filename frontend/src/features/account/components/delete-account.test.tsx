import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken, getLastSessionEnd } from '@/lib/auth-token';
import { fakeApi, noContent, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { DeleteAccount } from './delete-account';

describe('DeleteAccount', () => {
  it('explains what is erased, asks the password, then signs out for good', async () => {
    signIn();
    const api = fakeApi().on('POST /api/me/deletion', noContent());
    const { user } = renderWithProviders(<DeleteAccount />, { path: '/settings' });

    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your account?' });
    expect(within(dialog).getByText(/your posts and reshares/)).toBeInTheDocument();
    expect(within(dialog).getByText(/every device and app using your account is logged out/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Your password')).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Delete my account' }));
    expect(within(dialog).getByText('Enter your password to confirm.')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Your password'), 'my-password');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account' }));

    await waitFor(() => expect(getAccessToken()).toBeNull());
    expect(getLastSessionEnd()).toBe('accountDeleted');
    expect(api.callsTo('POST /api/me/deletion')[0].body).toEqual({ password: 'my-password' });
  }, 15_000);

  it('keeps the account and says so when the password is wrong', async () => {
    signIn();
    fakeApi().on(
      'POST /api/me/deletion',
      problem(403, {
        code: 'WRONG_PASSWORD',
        detail: 'The password is wrong.',
        errors: [{ field: 'password', message: 'is not your current password' }],
      }),
    );
    const { user, router } = renderWithProviders(<DeleteAccount />, { path: '/settings' });

    await user.click(screen.getByRole('button', { name: 'Delete account…' }));
    await user.type(screen.getByLabelText('Your password'), 'guess');
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));

    expect(await screen.findByText('is not your current password')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings');
    expect(getAccessToken()).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Keep my account' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 15_000);
});
