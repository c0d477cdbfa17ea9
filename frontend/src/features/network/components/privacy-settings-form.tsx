import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { fieldErrors } from '@/lib/problem';
import { usePrivacySettings } from '../api/get-privacy-settings';
import type { PrivacySettings } from '../api/types';
import { useUpdatePrivacySettings } from '../api/update-privacy-settings';
import { VISIBILITY_OPTIONS } from './visibility-text';

const FIELDS = ['networkVisibility'] as const;

/** Who can open your lists of connections, followers and the members you follow. */
export function PrivacySettingsForm({ settings }: { settings: PrivacySettings }) {
  const update = useUpdatePrivacySettings();
  const [values, setValues] = useState<PrivacySettings>(settings);
  const [saved, setSaved] = useState<PrivacySettings>(settings);
  const server = fieldErrors(update.error, FIELDS);
  const changed = values.networkVisibility !== saved.networkVisibility;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(values, { onSuccess: setSaved });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Who can see your network">
      {update.isError && (
        <ErrorBox title="Your choice was not saved" error={update.error}>
          {server.other.length > 0 && <p>{server.other.join(' ')}</p>}
        </ErrorBox>
      )}
      <fieldset className={`choice-group${server.byField.networkVisibility ? ' field--invalid' : ''}`}>
        <legend className="field__label">Who can see your connections, your followers and the people you follow</legend>
        {VISIBILITY_OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="networkVisibility"
              value={option.value}
              checked={values.networkVisibility === option.value}
              onChange={() => {
                update.reset();
                setValues({ networkVisibility: option.value });
              }}
            />
            <span className="choice__text">
              <span className="choice__label">{option.label}</span>
              <span className="choice__explanation">{option.explanation}</span>
            </span>
          </label>
        ))}
        {server.byField.networkVisibility && <p className="field__error">{server.byField.networkVisibility}</p>}
      </fieldset>
      {update.isSuccess && !changed && (
        <p className="notice" role="status">
          Your choice is saved.
        </p>
      )}
      <div className="form__actions form__actions--start">
        <Button type="submit" isLoading={update.isPending} disabled={!changed}>
          Save
        </Button>
      </div>
    </form>
  );
}

/** The settings section: loads your current choice, then the form. */
export function PrivacySettingsSection() {
  const settings = usePrivacySettings();
  if (settings.isPending) return <LoadingBlock label="Loading your privacy settings…" />;
  if (settings.isError) {
    return (
      <ErrorBox title="Your privacy settings could not be loaded" error={settings.error} onRetry={() => void settings.refetch()} />
    );
  }
  return <PrivacySettingsForm settings={settings.data} />;
}
