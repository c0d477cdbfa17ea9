import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { fieldErrors } from '@/lib/problem';
import { useCreateNote } from '../api/create-note';
import { useDeleteNote } from '../api/delete-note';
import { useNotes } from '../api/list-notes';
import { NOTE_LIMIT } from '../api/query-keys';
import type { Note } from '../api/types';
import { useUpdateNote } from '../api/update-note';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

type NoteFormProps = {
  label: string;
  initial?: { text: string; date: string };
  submitLabel: string;
  isSaving: boolean;
  error: unknown;
  onSave: (value: { text: string; date: string }) => Promise<unknown>;
  onCancel?: () => void;
};

function NoteForm({ label, initial, submitLabel, isSaving, error, onSave, onCancel }: NoteFormProps) {
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(initial?.date ?? today());
  const id = useId();
  const server = fieldErrors(error, ['text', 'date'] as const);
  const formRef = useErrorFocus(error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    onSave({ text: text.trim(), date }).then(
      () => {
        if (!initial) {
          setText('');
          setDate(today());
        }
      },
      () => undefined,
    );
  }

  return (
    <form ref={formRef} className="note-form" onSubmit={submit} aria-label={label} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        className="input input--multiline"
        rows={2}
        maxLength={NOTE_LIMIT}
        value={text}
        placeholder="Meeting notes, how you met, next step…"
        onChange={(event) => setText(event.target.value)}
        aria-invalid={server.byField.text ? true : undefined}
        aria-describedby={server.byField.text ? `${id}-text-error` : undefined}
      />
      {server.byField.text && (
        <p className="field__error" id={`${id}-text-error`}>
          {server.byField.text}
        </p>
      )}
      <div className="note-form__row">
        <label className="note-form__date">
          <span>Date</span>
          <input
            className="input"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={server.byField.date ? true : undefined}
            aria-describedby={server.byField.date ? `${id}-date-error` : undefined}
          />
        </label>
        <div className="note-form__buttons">
          {onCancel && (
            <Button variant="secondary" size="sm" onClick={onCancel} disabled={isSaving}>
              Cancel
            </Button>
          )}
          <Button type="submit" size="sm" isLoading={isSaving} disabled={!text.trim()}>
            {submitLabel}
          </Button>
        </div>
      </div>
      {server.byField.date && (
        <p className="field__error" id={`${id}-date-error`}>
          {server.byField.date}
        </p>
      )}
      {error != null && !server.byField.text && !server.byField.date && <ErrorBox error={error} />}
    </form>
  );
}

function NoteItem({ note }: { note: Note }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const update = useUpdateNote();
  const remove = useDeleteNote();
  if (mode === 'edit') {
    return (
      <li className="note">
        <NoteForm
          label="Edit note"
          initial={{ text: note.text, date: note.date }}
          submitLabel="Save"
          isSaving={update.isPending}
          error={update.error}
          onSave={(value) => update.mutateAsync({ noteId: note.id, ...value }).then(() => setMode('view'))}
          onCancel={() => setMode('view')}
        />
      </li>
    );
  }
  return (
    <li className="note">
      <p className="note__date muted">{formatDay(`${note.date}T12:00:00Z`)}</p>
      <p className="note__text prose">{note.text}</p>
      {mode === 'delete' ? (
        <div className="note__confirm">
          <span>Delete this note? This cannot be undone.</span>
          <Button variant="secondary" size="sm" onClick={() => setMode('view')} disabled={remove.isPending}>
            Keep
          </Button>
          <Button variant="danger" size="sm" isLoading={remove.isPending} onClick={() => remove.mutate(note.id)}>
            Delete
          </Button>
        </div>
      ) : (
        <div className="note__actions">
          <Button variant="ghost" size="sm" onClick={() => setMode('edit')}>
            Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('delete')}>
            Delete
          </Button>
        </div>
      )}
      {remove.isError && <ErrorBox error={remove.error} />}
    </li>
  );
}

/** My dated private notes on a contact: add, edit, delete; nobody else ever sees them. */
export function ContactNotes({ memberId, displayName }: { memberId: number; displayName: string }) {
  const notes = useNotes(memberId);
  const create = useCreateNote(memberId);
  const items = notes.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="stack stack--tight">
      <NoteForm
        label={`New note on ${displayName}`}
        submitLabel="Add note"
        isSaving={create.isPending}
        error={create.error}
        onSave={(value) => create.mutateAsync(value)}
      />
      {notes.isPending ? (
        <LoadingBlock label="Loading your notes…" />
      ) : notes.isError && items.length === 0 ? (
        <ErrorBox title="Your notes could not be loaded" error={notes.error} onRetry={() => void notes.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <>
          <ul className="note-list" aria-label={`Your notes on ${displayName}`}>
            {items.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </ul>
          {notes.hasNextPage && (
            <Button variant="secondary" size="sm" onClick={() => void notes.fetchNextPage()} isLoading={notes.isFetchingNextPage}>
              Older notes
            </Button>
          )}
        </>
      )}
    </div>
  );
}
