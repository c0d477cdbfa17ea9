import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, noContent, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ChangePasswordForm } from './change-password-form';

async function fill(user: ReturnType<typeof renderWithProviders>['user'], current: string, next: string, again = next) {
  await user.type(screen.getByLabelText('Current password'), current);
  await user.type(screen.getByLabelText('New password'), next);
  await user.type(screen.getByLabelText('New password, again'), again);
}

describe('ChangePasswordForm', () => {
  it('changes the password, ending other sessions and tokens by default', async () => {
    signIn();
    const api = fakeApi().on('PUT /api/me/password', noContent());
    const { user } = renderWithProviders(<ChangePasswordForm />);

    await fill(user, 'old-password', 'new-password-123');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByText(
        'Your password is changed; your other devices were logged out and your access tokens were revoked.',
      ),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT /api/me/password')[0].body).toEqual({
      currentPassword: 'old-password',
      newPassword: 'new-password-123',
      keepOtherSessions: false,
      keepAccessTokens: false,
    });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  }, 15_000);

  it('can keep the other sessions and the access tokens', async () => {
    signIn();
    const api = fakeApi().on('PUT /api/me/password', noContent());
    const { user } = renderWithProviders(<ChangePasswordForm />);

    await fill(user, 'old-password', 'new-password-123');
    await user.click(screen.getByRole('checkbox', { name: /Keep my other devices logged in/ }));
    await user.click(screen.getByRole('checkbox', { name: /Keep my access tokens working/ }));
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('Your password is changed.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/me/password')[0].body).toMatchObject({ keepOtherSessions: true, keepAccessTokens: true });
  }, 15_000);

  it('shows a wrong current password under its field', async () => {
    signIn();
    fakeApi().on(
      'PUT /api/me/password',
      problem(403, {
        code: 'WRONG_PASSWORD',
        detail: 'The password is wrong.',
        errors: [{ field: 'currentPassword', message: 'is not your current password' }],
      }),
    );
    const { user } = renderWithProviders(<ChangePasswordForm />);

    await fill(user, 'guess', 'new-password-123');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('is not your current password')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');
  }, 15_000);

  it('checks length and the repeated password before asking the server', async () => {
    signIn();
    const api = fakeApi();
    const { user } = renderWithProviders(<ChangePasswordForm />);

    await fill(user, 'old-password', 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByText('Use at least 8 characters.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('New password'), '-but-longer');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByText('The two new passwords differ.')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  }, 15_000);
});
