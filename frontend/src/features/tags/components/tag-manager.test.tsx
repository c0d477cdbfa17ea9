import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSummary, aTag } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { TagManager } from './tag-manager';

describe('TagManager', () => {
  it('creates a tag and shows who is under it', async () => {
    signIn();
    const tags = [aTag({ id: 7, name: 'clients', memberCount: 1 })];
    const api = fakeApi()
      .on('GET /api/tags', () => json(200, { items: tags }))
      .on('GET /api/tag-views', json(200, { items: [] }))
      .on('GET /api/tags/{id}/members', json(200, { items: [aSummary()] }))
      .on('POST /api/tags', ({ body }) => {
        const tag = aTag({ id: 8, name: (body as { name: string }).name, memberCount: 0 });
        tags.push(tag);
        return json(201, tag);
      });
    const { user } = renderWithProviders(<TagManager />);

    await screen.findByText('#clients');
    await user.type(screen.getByLabelText('New tag'), '  prospects ');
    await user.click(screen.getByRole('button', { name: 'Create tag' }));

    expect(await screen.findByText('#prospects')).toBeInTheDocument();
    expect(api.callsTo('POST /api/tags')[0].body).toEqual({ name: 'prospects' });
    expect(screen.getByLabelText('New tag')).toHaveValue('');
    expect(await screen.findByRole('heading', { name: 'People under #prospects' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'People under clients' }));
    const people = await screen.findByRole('list', { name: 'People under clients' });
    expect(within(people).getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/in/grace');
  });

  it('refuses an empty name, and shows a taken name under the field', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/tags', json(200, { items: [aTag()] }))
      .on('GET /api/tag-views', json(200, { items: [] }))
      .on('POST /api/tags', problem(409, { code: 'TAG_NAME_TAKEN', detail: 'You already have a tag named “Clients”.' }));
    const { user } = renderWithProviders(<TagManager />);

    await user.click(screen.getByRole('button', { name: 'Create tag' }));
    expect(screen.getByLabelText('New tag')).toHaveAccessibleDescription('Give the tag a name.');
    expect(api.callsTo('POST /api/tags')).toHaveLength(0);

    await user.type(screen.getByLabelText('New tag'), 'Clients');
    await user.click(screen.getByRole('button', { name: 'Create tag' }));
    expect(await screen.findByText('You already have a tag named “Clients”.')).toBeInTheDocument();
    expect(screen.getByLabelText('New tag')).toHaveAccessibleDescription('You already have a tag named “Clients”.');

    await user.type(screen.getByLabelText('New tag'), 's');
    expect(screen.getByLabelText('New tag')).not.toHaveAccessibleDescription();
  });

  it('renames a tag in place, showing validation errors of the name field', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/tags', json(200, { items: [aTag()] }))
      .on('GET /api/tag-views', json(200, { items: [] }))
      .on(
        'PATCH /api/tags/{id}',
        problem(400, {
          code: 'VALIDATION_FAILED',
          detail: 'The tag has invalid fields.',
          errors: [{ field: 'renameTag.request.name', message: 'must not be blank' }],
        }),
      );
    const { user } = renderWithProviders(<TagManager />);

    await user.click(await screen.findByRole('button', { name: 'Rename clients' }));
    const field = screen.getByLabelText('New name for clients');
    expect(field).toHaveValue('clients');
    await user.clear(field);
    await user.type(field, 'key clients');
    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(api.callsTo('PATCH /api/tags/7')[0].body).toEqual({ name: 'key clients' });

    api.on('PATCH /api/tags/{id}', json(200, aTag({ name: 'key clients' })));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await screen.findByRole('button', { name: 'Rename clients' });
  });
});
