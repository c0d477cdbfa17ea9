import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aNote } from '@/testing/data';
import { fakeApi, json, noContent } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ContactNotes } from './contact-notes';

function panel() {
  return <ContactNotes memberId={2} displayName="Grace Hopper" />;
}

describe('ContactNotes', () => {
  it('adds, edits and deletes my private notes', async () => {
    signIn();
    let notes = [aNote(1, { text: 'Met at the PLDI dinner.' })];
    const api = fakeApi()
      .on('GET /api/members/{id}/notes', () => json(200, { items: notes }))
      .on('POST /api/members/{id}/notes', ({ body }) => {
        const note = aNote(2, body as object);
        notes = [note, ...notes];
        return json(201, note);
      })
      .on('PATCH /api/notes/{noteId}', ({ body, params }) => {
        notes = notes.map((note) => (note.id === Number(params.noteId) ? { ...note, ...(body as object) } : note));
        return json(200, notes.find((note) => note.id === Number(params.noteId)));
      })
      .on('DELETE /api/notes/{noteId}', ({ params }) => {
        notes = notes.filter((note) => note.id !== Number(params.noteId));
        return noContent();
      });
    const { user } = renderWithProviders(panel());

    const list = await screen.findByRole('list', { name: 'Your notes on Grace Hopper' });
    expect(list).toHaveTextContent('Met at the PLDI dinner.');

    await user.type(screen.getByRole('textbox', { name: 'New note on Grace Hopper' }), 'Follow up about COBOL.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await within(list).findByText('Follow up about COBOL.')).toBeInTheDocument();
    expect((api.callsTo('POST /api/members/2/notes')[0].body as { text: string }).text).toBe('Follow up about COBOL.');

    const first = within(list).getByText('Met at the PLDI dinner.').closest('li')!;
    await user.click(within(first).getByRole('button', { name: 'Edit' }));
    const box = within(first).getByRole('textbox', { name: 'Edit note' });
    await user.clear(box);
    await user.type(box, 'Met at the PLDI dinner in 2019.');
    await user.click(within(first).getByRole('button', { name: 'Save' }));
    expect(await within(list).findByText('Met at the PLDI dinner in 2019.')).toBeInTheDocument();

    const edited = within(list).getByText('Met at the PLDI dinner in 2019.').closest('li')!;
    await user.click(within(edited).getByRole('button', { name: 'Delete' }));
    expect(edited).toHaveTextContent('Delete this note?');
    await user.click(within(edited).getByRole('button', { name: 'Delete' }));
    await expect.poll(() => list.textContent).not.toContain('PLDI');
    expect(api.callsTo('DELETE /api/notes/1')).toHaveLength(1);
  });
});
