import { useState, type FormEvent } from 'react';
import { AnnounceChoice } from '@/components/ui/announce-choice';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { careerChange } from '@/lib/career-change';
import { fieldErrors } from '@/lib/problem';
import type { Me } from '@/lib/session';
import { useUpdateMyProfile } from '../api/update-my-profile';

const FIELDS = ['displayName', 'headline', 'currentTitle', 'currentCompany', 'location', 'about'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function initialValues(me: Me): Values {
  return {
    displayName: me.displayName,
    headline: me.headline ?? '',
    currentTitle: me.currentTitle ?? '',
    currentCompany: me.currentCompany ?? '',
    location: me.location ?? '',
    about: me.about ?? '',
  };
}

type ProfileEditFormProps = { me: Me; onDone: () => void };

/**
 * Edits the profile fields of the signed-in member; an emptied field is cleared. A change of
 * title or company asks whether to announce it, every time, saying who would see it.
 */
export function ProfileEditForm({ me, onDone }: ProfileEditFormProps) {
  const update = useUpdateMyProfile();
  const [values, setValues] = useState<Values>(() => initialValues(me));
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const server = fieldErrors(update.error, FIELDS);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field];
  const [announce, setAnnounce] = useState<boolean | null>(null);
  const [announceError, setAnnounceError] = useState<string>();
  const change = careerChange(
    { title: me.currentTitle, company: me.currentCompany },
    { title: values.currentTitle, company: values.currentCompany },
  );

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setInvalid((current) => ({ ...current, [field]: undefined }));
    if (field === 'currentTitle' || field === 'currentCompany') setAnnounce(null);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.displayName.trim()) {
      setInvalid({ displayName: 'Your name cannot be empty.' });
      return;
    }
    if (change && announce === null) {
      setAnnounceError('Choose whether to announce this change.');
      return;
    }
    setAnnounceError(undefined);
    const body = Object.fromEntries(FIELDS.map((field) => [field, values[field].trim()])) as Values;
    update.mutate(change ? { ...body, announce: announce === true } : body, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Edit profile">
      {update.isError && <ErrorBox title="Your profile was not saved" error={update.error} />}
      <TextField label="Full name" value={values.displayName} onChange={set('displayName')} error={errorFor('displayName')} maxLength={100} autoComplete="name" />
      <TextField
        label="Headline"
        value={values.headline}
        onChange={set('headline')}
        error={errorFor('headline')}
        maxLength={220}
        hint="A line about what you do, shown under your name."
      />
      <div className="form__row">
        <TextField label="Current title" value={values.currentTitle} onChange={set('currentTitle')} error={errorFor('currentTitle')} maxLength={100} autoComplete="organization-title" />
        <TextField label="Current company" value={values.currentCompany} onChange={set('currentCompany')} error={errorFor('currentCompany')} maxLength={100} autoComplete="organization" />
      </div>
      {change && (
        <AnnounceChoice
          summary={change.summary}
          displayName={values.displayName.trim() || me.displayName}
          followerCount={me.followerCount}
          connectionCount={me.connectionCount}
          value={announce}
          onChange={(choice) => {
            setAnnounce(choice);
            setAnnounceError(undefined);
          }}
          error={announceError}
        />
      )}
      <TextField label="Location" value={values.location} onChange={set('location')} error={errorFor('location')} maxLength={100} hint="City and country, for example Lyon, France." />
      <TextAreaField
        label="About"
        value={values.about}
        onChange={set('about')}
        error={errorFor('about')}
        maxLength={2600}
        rows={6}
        hint={`${values.about.length.toLocaleString('en-US')} / 2,600 characters`}
      />
      <div className="form__actions">
        <Button variant="secondary" onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
        <Button type="submit" isLoading={update.isPending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
