import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getAccessToken } from '@/lib/auth-token';
import { aMe } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { SignUpForm } from './sign-up-form';

async function fillIn(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await user.type(screen.getByLabelText('Handle'), 'ada');
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'analytical-engine');
}

describe('SignUpForm', () => {
  it('creates the account and signs the member in', async () => {
    const api = fakeApi().on('POST /api/accounts', json(201, { accessToken: 'jwt-new', tokenType: 'Bearer', expiresIn: 900, member: aMe() }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<SignUpForm onSuccess={onSuccess} />);

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(api.callsTo('POST /api/accounts')[0].body).toEqual({
      displayName: 'Ada Lovelace',
      handle: 'ada',
      email: 'ada@example.com',
      password: 'analytical-engine',
    });
    expect(getAccessToken()).toBe('jwt-new');
  });

  it('shows a taken handle under the handle field', async () => {
    fakeApi().on(
      'POST /api/accounts',
      problem(409, {
        code: 'HANDLE_TAKEN',
        title: 'Conflict',
        detail: 'The handle ada is already taken.',
        errors: [{ field: 'handle', message: 'Already taken; try another.' }],
      }),
    );
    const { user } = renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The handle ada is already taken.');
    expect(screen.getByLabelText('Handle')).toHaveAccessibleDescription('Already taken; try another.');
    expect(screen.getByLabelText('Handle')).toHaveFocus();
  });

  it('checks the handle and password before sending', async () => {
    const api = fakeApi();
    const { user } = renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Full name'), 'Ada');
    await user.type(screen.getByLabelText('Handle'), 'a!');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Handle')).toHaveAccessibleDescription('Use 3 to 30 letters, digits or underscores.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Use at least 8 characters.');
    // the first field at fault takes the focus; typing elsewhere afterwards does not pull it back
    expect(screen.getByLabelText('Handle')).toHaveFocus();
    await user.type(screen.getByLabelText('Password'), '-and-longer');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(api.calls).toHaveLength(0);
  });
});

describe('SignUpForm with a conflict that names no field', () => {
  it('points at the email field from the EMAIL_TAKEN code', async () => {
    fakeApi().on(
      'POST /api/accounts',
      problem(409, { code: 'EMAIL_TAKEN', title: 'Conflict', detail: 'An account with this email already exists.' }),
    );
    const { user } = renderWithProviders(<SignUpForm onSuccess={vi.fn()} />);

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('An account already uses this email.');
    expect(screen.getByLabelText('Handle')).not.toHaveAttribute('aria-invalid');
  });
});
