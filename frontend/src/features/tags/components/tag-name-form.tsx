import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { errorMessage, fieldErrors } from '@/lib/problem';

export const TAG_NAME_MAX = 50;

type TagNameFormProps = {
  /** Names the form ("Create a tag"); `label` names its field ("New tag"). */
  formLabel: string;
  label: string;
  submitLabel: string;
  initialName?: string;
  isPending: boolean;
  /** The mutation's error; `onEdit` should clear it (`mutation.reset`). */
  error: unknown;
  onEdit: () => void;
  onSubmit: (name: string, reset: () => void) => void;
  onCancel?: () => void;
};

/**
 * A tag name with its validation: empty or too long is refused here; what the API refuses
 * (a taken name, too many tags) is shown under the field, as the problem's detail.
 */
export function TagNameForm({ formLabel, label, submitLabel, initialName = '', isPending, error, onEdit, onSubmit, onCancel }: TagNameFormProps) {
  const [name, setName] = useState(initialName);
  const [invalid, setInvalid] = useState<string>();
  const serverMessage = error ? (fieldErrors(error, ['name'] as const).byField.name ?? errorMessage(error)) : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setInvalid('Give the tag a name.');
    if (trimmed.length > TAG_NAME_MAX) return setInvalid(`A tag name has at most ${TAG_NAME_MAX} characters.`);
    onSubmit(trimmed, () => setName(''));
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={formLabel}>
      <TextField
        label={label}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setInvalid(undefined);
          if (error) onEdit();
        }}
        error={invalid ?? serverMessage}
      />
      <div className="inline-form__actions">
        {onCancel && (
          <Button variant="secondary" size="sm" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" isLoading={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
