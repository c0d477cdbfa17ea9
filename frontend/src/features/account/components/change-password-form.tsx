import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { TextField } from '@/components/ui/form-field';
import { fieldErrors } from '@/lib/problem';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number] | 'confirmation';

const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

/** The Settings card to change the password; by default it also logs out other devices and revokes access tokens. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [keepOtherSessions, setKeepOtherSessions] = useState(false);
  const [keepAccessTokens, setKeepAccessTokens] = useState(false);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const server = fieldErrors(change.error, FIELDS);
  const formRef = useErrorFocus(change.error);
  const errorFor = (field: Field) => invalid[field] ?? (field === 'confirmation' ? undefined : server.byField[field]);
  const hasFieldErrors = Object.keys(server.byField).length > 0;

  function edited(field: Field) {
    setInvalid((current) => ({ ...current, [field]: undefined }));
    setDone(null);
    if (change.error) change.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!currentPassword) problems.currentPassword = 'Enter your current password.';
    if (newPassword.length < MIN_LENGTH) problems.newPassword = `Use at least ${MIN_LENGTH} characters.`;
    else if (newPassword.length > MAX_LENGTH) problems.newPassword = `Use at most ${MAX_LENGTH} characters.`;
    else if (confirmation !== newPassword) problems.confirmation = 'The two new passwords differ.';
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    change.mutate(
      { currentPassword, newPassword, keepOtherSessions, keepAccessTokens },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
          const ended = [
            keepOtherSessions ? null : 'your other devices were logged out',
            keepAccessTokens ? null : 'your access tokens were revoked',
          ].filter(Boolean);
          setDone(`Your password is changed${ended.length ? `; ${ended.join(' and ')}` : ''}.`);
        },
      },
    );
  }

  return (
    <Card title="Change password">
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Change password">
        {Boolean(change.error) && (!hasFieldErrors || server.other.length > 0) && (
          <ErrorBox title="The password was not changed" error={hasFieldErrors ? undefined : change.error}>
            {server.other.length > 0 && <p>{server.other.join(' ')}</p>}
          </ErrorBox>
        )}
        {done && (
          <p className="notice" role="status">
            {done}
          </p>
        )}
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => {
            setCurrentPassword(event.target.value);
            edited('currentPassword');
          }}
          error={errorFor('currentPassword')}
        />
        <div className="form__row">
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${MIN_LENGTH} characters.`}
            value={newPassword}
            onChange={(event) => {
              setNewPassword(event.target.value);
              edited('newPassword');
            }}
            error={errorFor('newPassword')}
          />
          <TextField
            label="New password, again"
            type="password"
            autoComplete="new-password"
            value={confirmation}
            onChange={(event) => {
              setConfirmation(event.target.value);
              edited('confirmation');
            }}
            error={errorFor('confirmation')}
          />
        </div>
        <fieldset className="choice-group">
          <legend className="field__label">After the change</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={keepOtherSessions}
              onChange={(event) => setKeepOtherSessions(event.target.checked)}
            />
            <span className="choice__text">
              <span className="choice__label">Keep my other devices logged in</span>
              <span className="choice__explanation">Otherwise every other session ends now.</span>
            </span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={keepAccessTokens}
              onChange={(event) => setKeepAccessTokens(event.target.checked)}
            />
            <span className="choice__text">
              <span className="choice__label">Keep my access tokens working</span>
              <span className="choice__explanation">Otherwise apps using them stop working now.</span>
            </span>
          </label>
        </fieldset>
        <div className="form__actions">
          <Button type="submit" isLoading={change.isPending}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
