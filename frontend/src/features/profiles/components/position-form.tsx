import { useState, type FormEvent } from 'react';
import { AnnounceChoice } from '@/components/ui/announce-choice';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { careerChange } from '@/lib/career-change';
import { fieldErrors } from '@/lib/problem';
import type { Me } from '@/lib/session';
import type { Position, PositionInput } from '../api/add-position';

const FIELDS = ['title', 'company', 'startDate', 'endDate', 'description'] as const;
type Field = (typeof FIELDS)[number];

type PositionFormProps = {
  /** The position being edited; absent when adding one. */
  position?: Position;
  isSaving: boolean;
  error: unknown;
  onSubmit: (input: PositionInput) => void;
  onCancel: () => void;
  /** When adding: the member, so a new current position asks whether to announce it. */
  announcer?: Me;
};

/** Title, company, dates and description of one position, for adding or changing it. */
export function PositionForm({ position, isSaving, error, onSubmit, onCancel, announcer }: PositionFormProps) {
  const [values, setValues] = useState({
    title: position?.title ?? '',
    company: position?.company ?? '',
    startDate: position?.startDate ?? '',
    endDate: position?.endDate ?? '',
    description: position?.description ?? '',
  });
  const [current, setCurrent] = useState(position ? !position.endDate : true);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const server = fieldErrors(error, FIELDS);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field];
  const [announce, setAnnounce] = useState<boolean | null>(null);
  const [announceError, setAnnounceError] = useState<string>();
  const change =
    announcer && !position && current && values.title.trim() && values.company.trim()
      ? careerChange({ title: announcer.currentTitle, company: announcer.currentCompany }, values)
      : null;

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    if (field === 'title' || field === 'company') setAnnounce(null);
    setInvalid((v) => ({ ...v, [field]: undefined }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) problems.title = 'Enter a title.';
    if (!values.company.trim()) problems.company = 'Enter a company.';
    if (!values.startDate) problems.startDate = 'Enter the date you started.';
    if (!current && !values.endDate) problems.endDate = 'Enter the date you left, or tick "I work here now".';
    if (!current && values.endDate && values.startDate && values.endDate < values.startDate) {
      problems.endDate = 'The end date cannot be before the start date.';
    }
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    if (change && announce === null) {
      setAnnounceError('Choose whether to announce this new position.');
      return;
    }
    onSubmit({
      ...(change ? { announce: announce === true } : {}),
      title: values.title.trim(),
      company: values.company.trim(),
      startDate: values.startDate,
      endDate: current ? null : values.endDate,
      description: values.description.trim() || null,
    });
  }

  const label = position ? `Edit position ${position.title}` : 'Add position';
  return (
    <form className="form form--inset" onSubmit={submit} noValidate aria-label={label}>
      {Boolean(error) && <ErrorBox title="The position was not saved" error={error} />}
      <div className="form__row">
        <TextField label="Title" value={values.title} onChange={set('title')} error={errorFor('title')} maxLength={100} />
        <TextField label="Company" value={values.company} onChange={set('company')} error={errorFor('company')} maxLength={100} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={current} onChange={(event) => setCurrent(event.target.checked)} />
        I work here now
      </label>
      <div className="form__row">
        <TextField label="Start date" type="date" value={values.startDate} onChange={set('startDate')} error={errorFor('startDate')} />
        {!current && (
          <TextField label="End date" type="date" value={values.endDate} onChange={set('endDate')} error={errorFor('endDate')} min={values.startDate || undefined} />
        )}
      </div>
      <TextAreaField label="Description" value={values.description} onChange={set('description')} error={errorFor('description')} maxLength={2000} rows={3} />
      {change && announcer && (
        <AnnounceChoice
          summary={change.summary}
          displayName={announcer.displayName}
          followerCount={announcer.followerCount}
          connectionCount={announcer.connectionCount}
          value={announce}
          onChange={(choice) => {
            setAnnounce(choice);
            setAnnounceError(undefined);
          }}
          error={announceError}
        />
      )}
      <div className="form__actions">
        <Button variant="secondary" onClick={onCancel} disabled={isSaving}>
          Cancel
        </Button>
        <Button type="submit" isLoading={isSaving}>
          Save position
        </Button>
      </div>
    </form>
  );
}
