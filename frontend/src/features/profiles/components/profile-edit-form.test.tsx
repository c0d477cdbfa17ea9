import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aMe } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ProfileEditForm } from './profile-edit-form';

describe('ProfileEditForm', () => {
  it('starts from the current profile and sends every field, cleared ones as empty strings', async () => {
    signIn();
    const me = aMe({ about: null });
    const api = fakeApi().on('PATCH /api/me', ({ body }) => json(200, { ...me, ...(body as object) }));
    const onDone = vi.fn();
    const { user } = renderWithProviders(<ProfileEditForm me={me} onDone={onDone} />);

    expect(screen.getByLabelText('Headline')).toHaveValue('Engineer who likes engines');
    await user.clear(screen.getByLabelText('Headline'));
    await user.type(screen.getByLabelText('Headline'), 'Poet of numbers');
    await user.clear(screen.getByLabelText('Location'));
    await user.type(screen.getByLabelText('About'), '  First programmer.  ');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    const [call] = api.callsTo('PATCH /api/me');
    expect(call.body).toEqual({
      displayName: 'Ada Lovelace',
      headline: 'Poet of numbers',
      currentTitle: 'Staff Engineer',
      currentCompany: 'Northwind',
      location: '',
      about: 'First programmer.',
    });
    expect(call.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('shows field errors from the API under the matching fields', async () => {
    signIn();
    fakeApi().on(
      'PATCH /api/me',
      problem(400, {
        code: 'VALIDATION_FAILED',
        title: 'Bad Request',
        detail: 'The profile has invalid fields.',
        errors: [
          { field: 'headline', message: 'size must be between 0 and 220' },
          { field: 'currentCompany', message: 'must not be blank' },
        ],
      }),
    );
    const onDone = vi.fn();
    const { user } = renderWithProviders(<ProfileEditForm me={aMe()} onDone={onDone} />);

    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please check the headline and the current company.');
    expect(screen.getByLabelText('Headline')).toHaveAccessibleDescription('size must be between 0 and 220');
    expect(screen.getByLabelText('Current company')).toHaveAccessibleDescription('must not be blank');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('refuses an empty name', async () => {
    const api = fakeApi();
    const { user } = renderWithProviders(<ProfileEditForm me={aMe()} onDone={vi.fn()} />);

    await user.clear(screen.getByLabelText('Full name'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription('Your name cannot be empty.');
    expect(api.calls).toHaveLength(0);
  });

  it('asks whether to announce a new company, says who would see it, and sends the explicit choice', async () => {
    signIn();
    const me = aMe({ followerCount: 12, connectionCount: 4 });
    const api = fakeApi().on('PATCH /api/me', ({ body }) => json(200, { ...me, ...(body as object) }));
    const onDone = vi.fn();
    const { user } = renderWithProviders(<ProfileEditForm me={me} onDone={onDone} />);

    await user.clear(screen.getByLabelText('Current company'));
    await user.type(screen.getByLabelText('Current company'), 'Globex');
    const choice = screen.getByRole('group', { name: 'Tell your network about this change?' });
    expect(choice).toHaveTextContent('Ada Lovelace started a new position as Staff Engineer at Globex');
    expect(choice).toHaveTextContent('Your 12 followers and 4 connections will see it in their home feed.');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Choose whether to announce this change.')).toBeInTheDocument();
    expect(api.callsTo('PATCH /api/me')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: /Keep it quiet/ }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.callsTo('PATCH /api/me')[0].body).toMatchObject({ currentCompany: 'Globex', announce: false });
  });
});
