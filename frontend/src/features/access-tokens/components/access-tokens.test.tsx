import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { components } from '@/api/schema';
import { fakeApi, json, noContent, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { AccessTokens } from './access-tokens';

type AccessToken = components['schemas']['AccessTokenResponse'];

const SECRET = 'eyJhbGciOiJSUzI1NiJ9.pat-secret.signature';

function aToken(overrides: Partial<AccessToken> = {}): AccessToken {
  return {
    id: 5,
    name: 'CRM sync',
    scopes: ['READ'],
    createdAt: '2025-03-05T10:00:00Z',
    expiresAt: '2099-06-03T10:00:00Z',
    lastUsedAt: null,
    ...overrides,
  };
}

describe('AccessTokens', () => {
  it('says so when there are no tokens, and starts the form with READ for 90 days', async () => {
    signIn();
    fakeApi().on('GET /api/me/access-tokens', json(200, { items: [] }));
    renderWithProviders(<AccessTokens />);

    expect(await screen.findByText('You have no access tokens.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Read/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Write/ })).not.toBeChecked();
    expect(screen.getByLabelText('Expires after')).toHaveValue('90');
  });

  it('lists tokens with their scopes and dates', async () => {
    signIn();
    fakeApi().on(
      'GET /api/me/access-tokens',
      json(200, {
        items: [
          aToken({ id: 6, name: 'Nightly export', scopes: ['READ', 'WRITE'], lastUsedAt: '2025-04-01T08:00:00Z' }),
          aToken({ expiresAt: '2025-06-03T10:00:00Z' }),
        ],
      }),
    );
    renderWithProviders(<AccessTokens />);

    const [used, unused] = within(await screen.findByRole('list', { name: 'Your access tokens' })).getAllByRole('listitem');
    expect(used).toHaveTextContent('Nightly export');
    expect(used).toHaveTextContent('READWRITE');
    expect(used).toHaveTextContent('Last used Apr 1, 2025');
    expect(unused).toHaveTextContent('Created Mar 5, 2025');
    expect(unused).toHaveTextContent('Expired Jun 3, 2025');
    expect(unused).toHaveTextContent('Never used');
  });

  it('creates a token, shows its secret once, and refreshes the list', async () => {
    signIn();
    const tokens: AccessToken[] = [];
    const api = fakeApi()
      .on('GET /api/me/access-tokens', () => json(200, { items: tokens }))
      .on('POST /api/me/access-tokens', ({ body }) => {
        const token = aToken({ ...(body as Pick<AccessToken, 'name' | 'scopes'>) });
        tokens.unshift(token);
        return json(201, { token, accessToken: SECRET });
      });
    const { user } = renderWithProviders(<AccessTokens />);

    await screen.findByText('You have no access tokens.');
    await user.type(screen.getByLabelText('Name'), '  CRM sync ');
    await user.click(screen.getByRole('checkbox', { name: /Write/ }));
    await user.selectOptions(screen.getByLabelText('Expires after'), '30 days');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const secret = await screen.findByLabelText('Secret token');
    expect(secret).toHaveValue(SECRET);
    expect(secret).toHaveAttribute('readonly');
    expect(screen.getByText(/it will not be shown again/)).toBeInTheDocument();
    expect(api.callsTo('POST /api/me/access-tokens')[0].body).toEqual({
      name: 'CRM sync',
      scopes: ['READ', 'WRITE'],
      expiresInDays: 30,
    });
    const list = await screen.findByRole('list', { name: 'Your access tokens' });
    expect(within(list).getByText('CRM sync')).toBeInTheDocument();
    expect(list).not.toHaveTextContent(SECRET);
    expect(api.callsTo('GET /api/me/access-tokens')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied to your clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(SECRET);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('tells how to copy by hand when the browser refuses the clipboard', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me/access-tokens', json(200, { items: [] }))
      .on('POST /api/me/access-tokens', json(201, { token: aToken(), accessToken: SECRET }));
    const { user } = renderWithProviders(<AccessTokens />);

    await user.type(screen.getByLabelText('Name'), 'CRM sync');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    await screen.findByLabelText('Secret token');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Select the token above and copy it yourself.');
  });

  it('puts a validation problem under the name field', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/me/access-tokens', json(200, { items: [] }))
      .on(
        'POST /api/me/access-tokens',
        problem(400, {
          code: 'VALIDATION_FAILED',
          detail: 'The request has invalid fields.',
          errors: [{ field: 'createAccessToken.request.name', message: 'must not contain line breaks' }],
        }),
      );
    const { user } = renderWithProviders(<AccessTokens />);

    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Give the token a name/);
    expect(api.callsTo('POST /api/me/access-tokens')).toHaveLength(0);

    await user.type(screen.getByLabelText('Name'), 'CRM sync');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('must not contain line breaks')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('must not contain line breaks');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), '!');
    expect(screen.queryByText('must not contain line breaks')).not.toBeInTheDocument();
  });

  it('shows the detail of a problem without fields, such as too many tokens', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me/access-tokens', json(200, { items: [aToken()] }))
      .on(
        'POST /api/me/access-tokens',
        problem(409, { code: 'TOO_MANY_ACCESS_TOKENS', detail: 'You already have 20 access tokens. Revoke one first.' }),
      );
    const { user } = renderWithProviders(<AccessTokens />);

    await user.type(screen.getByLabelText('Name'), 'One more');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You already have 20 access tokens. Revoke one first.');
  });

  it('revokes a token after confirmation, and it disappears', async () => {
    signIn();
    let tokens = [aToken(), aToken({ id: 6, name: 'Nightly export' })];
    const api = fakeApi()
      .on('GET /api/me/access-tokens', () => json(200, { items: tokens }))
      .on('DELETE /api/me/access-tokens/{tokenId}', ({ params }) => {
        tokens = tokens.filter((token) => token.id !== Number(params.tokenId));
        return noContent();
      });
    const { user } = renderWithProviders(<AccessTokens />);

    await user.click(await screen.findByRole('button', { name: 'Revoke CRM sync' }));
    expect(screen.getByText(/Apps using it stop working at once/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(api.callsTo('DELETE /api/me/access-tokens/5')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Revoke CRM sync' }));
    await user.click(screen.getByRole('button', { name: 'Revoke token' }));

    await waitFor(() => expect(screen.queryByText('CRM sync')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE /api/me/access-tokens/5')).toHaveLength(1);
    expect(screen.getByText('Nightly export')).toBeInTheDocument();
  });

  it('shows why the list could not be loaded', async () => {
    signIn();
    fakeApi().on(
      'GET /api/me/access-tokens',
      problem(403, { code: 'SESSION_REQUIRED', detail: 'Access tokens can only be managed after logging in.' }),
    );
    renderWithProviders(<AccessTokens />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your access tokens could not be loaded');
    expect(alert).toHaveTextContent('Access tokens can only be managed after logging in.');
  });

  it('asks for the password when the API wants a recent check, then creates the token', async () => {
    signIn();
    let confirmed = false;
    const api = fakeApi()
      .on('GET /api/me/access-tokens', json(200, { items: [] }))
      .on('POST /api/me/access-tokens', ({ body }) =>
        confirmed
          ? json(201, { token: aToken({ ...(body as Pick<AccessToken, 'name' | 'scopes'>) }), accessToken: SECRET })
          : problem(403, {
              code: 'REAUTHENTICATION_REQUIRED',
              detail: 'Confirm your password first, then try again within 10 minutes.',
            }),
      )
      .on('POST /api/me/reauthentication', ({ body }) => {
        if ((body as { password: string }).password !== 'right-password') {
          return problem(403, {
            code: 'WRONG_PASSWORD',
            detail: 'The password is wrong.',
            errors: [{ field: 'password', message: 'is not your current password' }],
          });
        }
        confirmed = true;
        return noContent();
      });
    const { user } = renderWithProviders(<AccessTokens />);

    await screen.findByText('You have no access tokens.');
    await user.type(screen.getByLabelText('Name'), 'CRM sync');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByRole('heading', { name: 'Confirm your password' })).toBeInTheDocument();
    expect(screen.getByText(/before creating “CRM sync”/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Confirm and create token' }));
    expect(await screen.findByText('is not your current password')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'right-password');
    await user.click(screen.getByRole('button', { name: 'Confirm and create token' }));

    expect(await screen.findByLabelText('Secret token')).toHaveValue(SECRET);
    expect(api.callsTo('POST /api/me/access-tokens')).toHaveLength(2);
    expect(api.callsTo('POST /api/me/access-tokens')[1].body).toMatchObject({ name: 'CRM sync', scopes: ['READ'] });
  });
});
