import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { PrivacySettingsForm, PrivacySettingsSection } from './privacy-settings-form';

describe('PrivacySettingsForm', () => {
  it('starts from the current choice and explains every choice', () => {
    fakeApi();
    renderWithProviders(<PrivacySettingsForm settings={{ networkVisibility: 'CONNECTIONS' }} />);

    expect(screen.getByRole('radio', { name: /My connections/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Only me/ })).toHaveAccessibleName(/Your counts still show on your profile/);
    expect(screen.getByRole('radio', { name: /All members/ })).toHaveAccessibleName(/not signed in never can/);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('saves the new choice', async () => {
    signIn();
    const api = fakeApi().on('PUT /api/me/privacy-settings', ({ body }) => json(200, body));
    const { user } = renderWithProviders(<PrivacySettingsForm settings={{ networkVisibility: 'CONNECTIONS' }} />);

    await user.click(screen.getByRole('radio', { name: /Only me/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Your choice is saved.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/me/privacy-settings')[0].body).toEqual({ networkVisibility: 'ONLY_ME' });
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('shows the problem when the choice was not saved', async () => {
    signIn();
    fakeApi().on(
      'PUT /api/me/privacy-settings',
      problem(400, {
        code: 'VALIDATION_FAILED',
        title: 'Invalid request',
        detail: 'The request is invalid.',
        errors: [{ field: 'networkVisibility', message: 'must be ONLY_ME, CONNECTIONS or MEMBERS' }],
      }),
    );
    const { user } = renderWithProviders(<PrivacySettingsForm settings={{ networkVisibility: 'MEMBERS' }} />);

    await user.click(screen.getByRole('radio', { name: /Only me/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your choice was not saved');
    expect(screen.getByText('must be ONLY_ME, CONNECTIONS or MEMBERS')).toBeInTheDocument();
  });

  it('loads the saved choice first', async () => {
    signIn();
    fakeApi().on('GET /api/me/privacy-settings', json(200, { networkVisibility: 'ONLY_ME' }));
    renderWithProviders(<PrivacySettingsSection />);

    expect(await screen.findByRole('radio', { name: /Only me/ })).toBeChecked();
  });
});
