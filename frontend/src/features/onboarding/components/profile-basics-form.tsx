import { useRef, useState, type FormEvent } from 'react';
import { AnnounceChoice } from '@/components/ui/announce-choice';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextField } from '@/components/ui/form-field';
import { careerChange } from '@/lib/career-change';
import { fieldErrors } from '@/lib/problem';
import type { Me } from '@/lib/session';
import { useSaveProfileBasics } from '../api/save-profile-basics';

const FIELDS = ['headline', 'currentTitle', 'currentCompany', 'location'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Step 1 of the guided start: headline, current position and location. A new position is never
 * announced behind the member's back: when the title or company changes, they choose.
 */
export function ProfileBasicsForm({ me, onSaved }: { me: Me; onSaved: () => void }) {
  const save = useSaveProfileBasics();
  const [values, setValues] = useState<Record<Field, string>>({
    headline: me.headline ?? '',
    currentTitle: me.currentTitle ?? '',
    currentCompany: me.currentCompany ?? '',
    location: me.location ?? '',
  });
  const [announce, setAnnounce] = useState<boolean | null>(null);
  const [announceError, setAnnounceError] = useState<string>();
  const choiceRef = useRef<HTMLDivElement>(null);
  const server = fieldErrors(save.error, FIELDS);
  const change = careerChange(
    { title: me.currentTitle, company: me.currentCompany },
    { title: values.currentTitle, company: values.currentCompany },
  );

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    if (field === 'currentTitle' || field === 'currentCompany') setAnnounce(null);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change && announce === null) {
      setAnnounceError('Choose whether to announce your new position.');
      choiceRef.current?.querySelector('input')?.focus();
      return;
    }
    setAnnounceError(undefined);
    const body = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim()]));
    save.mutate({ ...body, ...(change ? { announce: announce === true } : {}) }, { onSuccess: onSaved });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="About you">
      {save.isError && <ErrorBox title="Your profile was not saved" error={save.error} />}
      <TextField
        label="Headline"
        value={values.headline}
        onChange={set('headline')}
        error={server.byField.headline}
        maxLength={220}
        hint="What you do, in a line. For example: Product designer · accessible fintech."
      />
      <div className="form__row">
        <TextField label="Current title" value={values.currentTitle} onChange={set('currentTitle')} error={server.byField.currentTitle} maxLength={100} autoComplete="organization-title" />
        <TextField label="Current company" value={values.currentCompany} onChange={set('currentCompany')} error={server.byField.currentCompany} maxLength={100} autoComplete="organization" />
      </div>
      <TextField
        label="Location"
        value={values.location}
        onChange={set('location')}
        error={server.byField.location}
        maxLength={100}
        hint="City first, for example Lisbon, Portugal: people near you are suggested."
      />
      {change && (
        <div ref={choiceRef}>
          <AnnounceChoice
            summary={change.summary}
            displayName={me.displayName}
            followerCount={me.followerCount}
            connectionCount={me.connectionCount}
            value={announce}
            onChange={(choice) => {
              setAnnounce(choice);
              setAnnounceError(undefined);
            }}
            error={announceError}
          />
        </div>
      )}
      <div className="form__actions">
        <Button type="submit" isLoading={save.isPending}>
          Save and continue
        </Button>
      </div>
    </form>
  );
}
