import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextField } from '@/components/ui/form-field';
import { fieldErrors } from '@/lib/problem';
import type { Tag, TagMode, TagView, TagViewInput } from '../api/types';

const FIELDS = ['name', 'tagIds', 'excludedTagIds', 'mode'] as const;
type Field = (typeof FIELDS)[number];

type TagViewFormProps = {
  tags: Tag[];
  view?: TagView;
  isPending: boolean;
  error: unknown;
  onSubmit: (input: TagViewInput) => void;
  onCancel?: () => void;
};

/** A saved view: a name, the tags it takes (any or all of them), and the tags it leaves out. */
export function TagViewForm({ tags, view, isPending, error, onSubmit, onCancel }: TagViewFormProps) {
  const [name, setName] = useState(view?.name ?? '');
  const [mode, setMode] = useState<TagMode>(view?.mode ?? 'ANY');
  const [included, setIncluded] = useState<Set<number>>(new Set(view?.tagIds ?? []));
  const [excluded, setExcluded] = useState<Set<number>>(new Set(view?.excludedTagIds ?? []));
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const server = fieldErrors(error, FIELDS);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field];
  const formLabel = view ? `Edit view ${view.name}` : 'New saved view';

  function flip(set: Set<number>, id: number) {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!name.trim()) problems.name = 'Give the view a name.';
    if (included.size === 0) problems.tagIds = 'Pick at least one tag.';
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    onSubmit({ name: name.trim(), mode, tagIds: [...included], excludedTagIds: [...excluded].filter((id) => !included.has(id)) });
  }

  return (
    <form className="form form--inset" onSubmit={submit} noValidate aria-label={formLabel}>
      {error !== null && error !== undefined && <ErrorBox title="The view was not saved" error={error} />}
      <TextField label="View name" value={name} maxLength={50} onChange={(event) => setName(event.target.value)} error={errorFor('name')} />
      <fieldset className="fieldset">
        <legend className="field__label">Show posts from people under</legend>
        <div className="segmented" role="radiogroup" aria-label="Match">
          {(['ANY', 'ALL'] as const).map((value) => (
            <label key={value} className={`segmented__option${mode === value ? ' segmented__option--active' : ''}`}>
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              {value === 'ANY' ? 'any of these tags' : 'all of these tags'}
            </label>
          ))}
        </div>
        <div className="check-grid">
          {tags.map((tag) => (
            <label key={tag.id} className="checkbox">
              <input
                type="checkbox"
                checked={included.has(tag.id)}
                onChange={() => {
                  setIncluded((current) => flip(current, tag.id));
                  setInvalid((current) => ({ ...current, tagIds: undefined }));
                }}
              />
              <span>{tag.name}</span>
            </label>
          ))}
        </div>
        {errorFor('tagIds') && <p className="field__error">{errorFor('tagIds')}</p>}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">Leave out people under</legend>
        <div className="check-grid">
          {tags
            .filter((tag) => !included.has(tag.id))
            .map((tag) => (
              <label key={tag.id} className="checkbox">
                <input type="checkbox" aria-label={`Leave out ${tag.name}`} checked={excluded.has(tag.id)} onChange={() => setExcluded((current) => flip(current, tag.id))} />
                <span>{tag.name}</span>
              </label>
            ))}
        </div>
      </fieldset>
      <div className="form__actions">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
        )}
        <Button type="submit" isLoading={isPending}>
          {view ? 'Save view' : 'Create view'}
        </Button>
      </div>
    </form>
  );
}
