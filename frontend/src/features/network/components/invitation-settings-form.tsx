import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { fieldErrors } from '@/lib/problem';
import type { InvitationSettings } from '../api/types';
import { useUpdateInvitationSettings } from '../api/update-invitation-settings';
import { POLICY_OPTIONS } from './policy-text';

const FIELDS = ['invitationPolicy', 'autoFollowGeneric'] as const;

/** How you receive connection requests: the policy, and turning generic requests into followers. */
export function InvitationSettingsForm({ settings }: { settings: InvitationSettings }) {
  const update = useUpdateInvitationSettings();
  const [values, setValues] = useState<InvitationSettings>(settings);
  const [saved, setSaved] = useState<InvitationSettings>(settings);
  const server = fieldErrors(update.error, FIELDS);
  const changed = values.invitationPolicy !== saved.invitationPolicy || values.autoFollowGeneric !== saved.autoFollowGeneric;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(values, { onSuccess: setSaved });
  }

  function edit(next: Partial<InvitationSettings>) {
    update.reset();
    setValues((current) => ({ ...current, ...next }));
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Invitation settings">
      {update.isError && (
        <ErrorBox title="Your settings were not saved" error={update.error}>
          {server.other.length > 0 && <p>{server.other.join(' ')}</p>}
        </ErrorBox>
      )}
      <fieldset className={`choice-group${server.byField.invitationPolicy ? ' field--invalid' : ''}`}>
        <legend className="field__label">Who can send you connection requests</legend>
        {POLICY_OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="invitationPolicy"
              value={option.value}
              checked={values.invitationPolicy === option.value}
              onChange={() => edit({ invitationPolicy: option.value })}
            />
            <span className="choice__text">
              <span className="choice__label">{option.label}</span>
              <span className="choice__explanation">{option.explanation}</span>
            </span>
          </label>
        ))}
        {server.byField.invitationPolicy && <p className="field__error">{server.byField.invitationPolicy}</p>}
      </fieldset>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={values.autoFollowGeneric}
            onChange={(event) => edit({ autoFollowGeneric: event.target.checked })}
            aria-describedby="auto-follow-hint"
          />
          <span className="choice__text">
            <span className="choice__label">Turn generic requests into followers automatically</span>
            <span className="choice__explanation" id="auto-follow-hint">
              When a request's note scores Generic, its sender simply follows you, without waiting for your decision.
            </span>
          </span>
        </label>
        {server.byField.autoFollowGeneric && <p className="field__error">{server.byField.autoFollowGeneric}</p>}
      </div>
      {update.isSuccess && !changed && (
        <p className="notice" role="status">
          Your settings are saved.
        </p>
      )}
      <div className="form__actions form__actions--start">
        <Button type="submit" isLoading={update.isPending} disabled={!changed}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
