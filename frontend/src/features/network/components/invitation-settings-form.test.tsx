import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { InvitationSettingsForm } from './invitation-settings-form';

const current = { invitationPolicy: 'NOTE_REQUIRED', autoFollowGeneric: false } as const;

describe('InvitationSettingsForm', () => {
  it('starts from the current settings and explains every policy', () => {
    fakeApi();
    renderWithProviders(<InvitationSettingsForm settings={current} />);

    expect(screen.getByRole('radio', { name: /Note required/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Open/ })).toHaveAccessibleName(/accepted at once/);
    expect(screen.getByRole('radio', { name: /Follow only/ })).toHaveAccessibleName(/everybody can still follow you/);
    expect(screen.getByRole('checkbox', { name: /generic requests into followers/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  });

  it('saves the chosen policy and the auto-follower option', async () => {
    signIn();
    const api = fakeApi().on('PUT /api/me/invitation-settings', ({ body }) => json(200, body));
    const { user } = renderWithProviders(<InvitationSettingsForm settings={current} />);

    await user.click(screen.getByRole('radio', { name: /Follow only/ }));
    await user.click(screen.getByRole('checkbox', { name: /generic requests into followers/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Your settings are saved.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/me/invitation-settings')[0].body).toEqual({
      invitationPolicy: 'FOLLOW_ONLY',
      autoFollowGeneric: true,
    });
  });

  it('shows the problem detail and the field at fault', async () => {
    signIn();
    fakeApi().on(
      'PUT /api/me/invitation-settings',
      problem(400, {
        code: 'VALIDATION_FAILED',
        title: 'Bad Request',
        detail: 'The settings are invalid.',
        errors: [{ field: 'invitationPolicy', message: 'must be OPEN, NOTE_REQUIRED or FOLLOW_ONLY' }],
      }),
    );
    const { user } = renderWithProviders(<InvitationSettingsForm settings={current} />);

    await user.click(screen.getByRole('radio', { name: /Open/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please check the invitation policy.');
    expect(screen.getByText('must be OPEN, NOTE_REQUIRED or FOLLOW_ONLY')).toBeInTheDocument();
  });
});
