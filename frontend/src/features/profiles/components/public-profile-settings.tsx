import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import {
  usePublicProfileSettings,
  useUpdatePublicProfileSettings,
  type PublicProfileSettings,
} from '../api/public-profile-settings';

type Part = Exclude<keyof PublicProfileSettings, 'listed'>;

const PARTS: { key: Part; label: string }[] = [
  { key: 'showHeadline', label: 'Headline' },
  { key: 'showPosition', label: 'Current position (title and company)' },
  { key: 'showLocation', label: 'Location' },
  { key: 'showAbout', label: 'About' },
  { key: 'showCareer', label: 'Career history (titles, companies and dates, without descriptions)' },
  { key: 'showCounts', label: 'Connection and follower counts' },
];

function same(a: PublicProfileSettings, b: PublicProfileSettings) {
  return (Object.keys(a) as (keyof PublicProfileSettings)[]).every((key) => a[key] === b[key]);
}

function Form({ saved, handle }: { saved: PublicProfileSettings; handle: string }) {
  const [draft, setDraft] = useState(saved);
  const [justSaved, setJustSaved] = useState(false);
  const update = useUpdatePublicProfileSettings();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const dirty = !same(draft, saved);

  useEffect(() => {
    if (justSaved) statusRef.current?.focus();
  }, [justSaved]);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(draft, { onSuccess: () => setJustSaved(true) });
  }

  function change(next: PublicProfileSettings) {
    setDraft(next);
    setJustSaved(false);
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Public profile">
      <label className="checkbox">
        <input type="checkbox" checked={draft.listed} onChange={(event) => change({ ...draft, listed: event.target.checked })} />
        <span>Show a public profile to people who are not signed in</span>
      </label>
      <fieldset className="fieldset" disabled={!draft.listed}>
        <legend>Besides your name and handle, it shows:</legend>
        <div className="check-grid check-grid--column">
          {PARTS.map((part) => (
            <label key={part.key} className="checkbox">
              <input
                type="checkbox"
                checked={draft[part.key]}
                onChange={(event) => change({ ...draft, [part.key]: event.target.checked })}
              />
              <span>{part.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="muted">
        Your posts, connections and contact details are never on it. Members who are signed in see your full profile.
        {draft.listed && (
          <>
            {' '}
            Its address: <Link to={`/in/${handle}`}>/in/{handle}</Link>
          </>
        )}
      </p>
      {update.isError && <ErrorBox title="Your choices were not saved." error={update.error} />}
      <div className="form__actions form__actions--start">
        <Button type="submit" isLoading={update.isPending} disabled={!dirty}>
          Save
        </Button>
        <p ref={statusRef} tabIndex={-1} className={`save-state${dirty ? ' save-state--dirty' : ''}`} role="status">
          {dirty ? 'Unsaved changes' : justSaved ? 'Saved.' : 'All changes saved'}
        </p>
      </div>
    </form>
  );
}

/** Settings: what my public profile page shows to visitors who are not signed in. */
export function PublicProfileSettingsForm({ handle }: { handle: string }) {
  const settings = usePublicProfileSettings();
  if (settings.isPending) return <LoadingBlock label="Loading your public profile settings…" />;
  if (settings.isError) {
    return <ErrorBox title="Your public profile settings could not be loaded" error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <Form saved={settings.data} handle={handle} />;
}
