import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getAccessToken } from '@/lib/auth-token';
import { aMe } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import { LogInForm } from './log-in-form';

describe('LogInForm', () => {
  it('shows the problem detail when the credentials are wrong, and stays signed out', async () => {
    const api = fakeApi().on(
      'POST /api/tokens',
      problem(401, { code: 'BAD_CREDENTIALS', title: 'Unauthorized', detail: 'Wrong email or password.' }),
    );
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LogInForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    // the focus goes to the error, not left on a button that was disabled while it ran
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(api.callsTo('POST /api/tokens')[0].body).toEqual({ email: 'ada@example.com', password: 'not-the-password' });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(getAccessToken()).toBeNull();
  });

  it('puts each field error of a validation problem under its field', async () => {
    fakeApi().on(
      'POST /api/tokens',
      problem(400, {
        code: 'VALIDATION_FAILED',
        title: 'Bad Request',
        detail: 'Some fields are invalid.',
        errors: [{ field: 'logIn.request.email', message: 'must be at most 254 characters' }],
      }),
    );
    const { user } = renderWithProviders(<LogInForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'x@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever1');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByText('must be at most 254 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('must be at most 254 characters');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Please check the email.');
    // a validation problem takes the member to the field its errors[].field names
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('asks for missing fields without calling the API', async () => {
    const api = fakeApi();
    const { user } = renderWithProviders(<LogInForm onSuccess={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('stores the token and reports success', async () => {
    fakeApi().on('POST /api/tokens', json(200, { accessToken: 'jwt-1', tokenType: 'Bearer', expiresIn: 3600, member: aMe() }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LogInForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(getAccessToken()).toBe('jwt-1');
  });

  it('moves the focus to the first field the form found empty when Log in is pressed', async () => {
    const api = fakeApi();
    const { user } = renderWithProviders(<LogInForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(api.calls).toHaveLength(0);
  });
});
