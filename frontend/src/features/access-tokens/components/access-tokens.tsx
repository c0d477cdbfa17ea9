import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { TextField } from '@/components/ui/form-field';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useCreateAccessToken, type CreateAccessTokenInput } from '../api/create-access-token';
import { useAccessTokens, type AccessToken, type AccessTokenScope } from '../api/list-access-tokens';
import { useReauthenticate } from '../api/reauthenticate';
import { useRevokeAccessToken } from '../api/revoke-access-token';

type CreatedAccessToken = { token: AccessToken; accessToken: string };

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;
type Field = (typeof FIELDS)[number];

const NAME_MAX = 100;

const SCOPES: { value: AccessTokenScope; label: string; explanation: string }[] = [
  { value: 'READ', label: 'Read', explanation: 'Can only read: profiles, your network, posts and feeds.' },
  { value: 'WRITE', label: 'Write', explanation: 'Can also change things: post, connect, tag and edit your profile.' },
];

const EXPIRY_DAYS = [30, 90, 365] as const;
const DEFAULT_EXPIRY_DAYS = 90;

/** The Settings card where a member lets other apps (CRMs, scripts) use Rapport on their behalf. */
export function AccessTokens() {
  const tokens = useAccessTokens();
  const create = useCreateAccessToken();
  const [lastInput, setLastInput] = useState<CreateAccessTokenInput | null>(null);
  const needsPassword = create.error instanceof ApiError && create.error.code === 'REAUTHENTICATION_REQUIRED';

  return (
    <Card title="Access tokens for other apps">
      <div className="card__intro muted token-intro">
        <p>
          A personal access token lets a CRM, a script or another app use Rapport as you. Give each app its own token,
          so you can revoke one without breaking the others.
        </p>
        <p>
          <strong>Read</strong> can only read; <strong>Write</strong> can also change things. A token can never list,
          create or revoke tokens: only you can, here.
        </p>
      </div>
      {tokens.isPending ? (
        <LoadingBlock label="Loading your access tokens…" />
      ) : tokens.isError ? (
        <ErrorBox title="Your access tokens could not be loaded" error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.length === 0 ? (
        <EmptyState title="You have no access tokens.">Create one below when an app asks for one.</EmptyState>
      ) : (
        <ul className="token-list" aria-label="Your access tokens">
          {tokens.data.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </ul>
      )}
      {create.data ? (
        <NewTokenSecret created={create.data} onDone={create.reset} />
      ) : needsPassword && lastInput ? (
        <ConfirmPasswordForm
          tokenName={lastInput.name}
          isCreating={create.isPending}
          onCancel={create.reset}
          onConfirmed={() => create.mutate(lastInput)}
        />
      ) : (
        <CreateTokenForm
          isPending={create.isPending}
          error={create.error}
          onEdit={create.reset}
          onSubmit={(input) => {
            setLastInput(input);
            create.mutate(input);
          }}
        />
      )}
    </Card>
  );
}

/** One token: name, scopes and dates, and Revoke behind a confirmation (apps using it stop working). */
function TokenRow({ token }: { token: AccessToken }) {
  const revoke = useRevokeAccessToken();
  const [confirming, setConfirming] = useState(false);
  const expired = new Date(token.expiresAt).getTime() <= Date.now();

  return (
    <li className="token-row">
      <div className="token-row__text">
        <p className="token-row__name">
          <span>{token.name}</span>
          {token.scopes.map((scope) => (
            <span key={scope} className="token-row__scope">
              {scope}
            </span>
          ))}
        </p>
        <dl className="token-row__facts">
          <div>
            <dt>Created</dt>{' '}
            <dd>{formatDay(token.createdAt)}</dd>
          </div>
          <div className={expired ? 'token-row__expired' : undefined}>
            <dt>{expired ? 'Expired' : 'Expires'}</dt>{' '}
            <dd>{formatDay(token.expiresAt)}</dd>
          </div>
          <div>
            {token.lastUsedAt ? (
              <>
                <dt>Last used</dt>{' '}
                <dd>{formatDay(token.lastUsedAt)}</dd>
              </>
            ) : (
              <>
                <dt className="visually-hidden">Last used</dt>
                <dd>Never used</dd>
              </>
            )}
          </div>
        </dl>
      </div>
      {confirming ? (
        <div className="confirm">
          <span className="confirm__text">Revoke “{token.name}”? Apps using it stop working at once.</span>
          <Button variant="secondary" size="sm" onClick={() => setConfirming(false)} disabled={revoke.isPending}>
            Keep
          </Button>
          <Button variant="danger" size="sm" onClick={() => revoke.mutate(token.id)} isLoading={revoke.isPending}>
            Revoke token
          </Button>
        </div>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
          Revoke
        </Button>
      )}
      {revoke.isError && <ErrorBox title="The token was not revoked" error={revoke.error} />}
    </li>
  );
}

type CreateTokenFormProps = {
  isPending: boolean;
  /** The mutation's error; `onEdit` clears it (`mutation.reset`). */
  error: unknown;
  onEdit: () => void;
  onSubmit: (input: CreateAccessTokenInput) => void;
};

/** Name, scopes and lifetime of a new token; field errors of the API land under their fields. */
function CreateTokenForm({ isPending, error, onEdit, onSubmit }: CreateTokenFormProps) {
  const titleId = useId();
  const expiryId = useId();
  const scopesErrorId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<AccessTokenScope[]>(['READ']);
  const [expiresInDays, setExpiresInDays] = useState<number>(DEFAULT_EXPIRY_DAYS);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const server = fieldErrors(error, FIELDS);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field];
  const hasFieldErrors = Object.keys(server.byField).length > 0;
  const formRef = useErrorFocus(error);

  function edited(field: Field) {
    setInvalid((current) => ({ ...current, [field]: undefined }));
    if (error) onEdit();
  }

  function toggleScope(scope: AccessTokenScope, checked: boolean) {
    setScopes((current) => (checked ? [...current, scope] : current.filter((s) => s !== scope)));
    edited('scopes');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const problems: Partial<Record<Field, string>> = {};
    if (!trimmed) problems.name = 'Give the token a name, e.g. the app that will use it.';
    else if (trimmed.length > NAME_MAX) problems.name = `A token name has at most ${NAME_MAX} characters.`;
    if (scopes.length === 0) problems.scopes = 'Choose at least one scope.';
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    onSubmit({
      name: trimmed,
      scopes: SCOPES.map((scope) => scope.value).filter((scope) => scopes.includes(scope)),
      expiresInDays,
    });
  }

  const expiryError = errorFor('expiresInDays');
  const scopesError = errorFor('scopes');
  return (
    <form ref={formRef} className="form form--inset token-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="token-form__title">
        New access token
      </h3>
      {Boolean(error) && (!hasFieldErrors || server.other.length > 0) && (
        <ErrorBox title="The token was not created" error={hasFieldErrors ? undefined : error}>
          {server.other.length > 0 && <p>{server.other.join(' ')}</p>}
        </ErrorBox>
      )}
      <div className="form__row">
        <TextField
          label="Name"
          hint="What it is for, e.g. “CRM sync”."
          value={name}
          maxLength={NAME_MAX}
          autoComplete="off"
          onChange={(event) => {
            setName(event.target.value);
            edited('name');
          }}
          error={errorFor('name')}
        />
        <div className={`field${expiryError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={expiryId}>
            Expires after
          </label>
          <select
            id={expiryId}
            className="input"
            value={expiresInDays}
            aria-invalid={expiryError ? true : undefined}
            aria-describedby={expiryError ? `${expiryId}-error` : undefined}
            onChange={(event) => {
              setExpiresInDays(Number(event.target.value));
              edited('expiresInDays');
            }}
          >
            {EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
          {expiryError && (
            <p className="field__error" id={`${expiryId}-error`}>
              {expiryError}
            </p>
          )}
        </div>
      </div>
      <fieldset
        className={`choice-group${scopesError ? ' field--invalid' : ''}`}
        aria-describedby={scopesError ? scopesErrorId : undefined}
      >
        <legend className="field__label">What it can do</legend>
        {SCOPES.map((scope) => (
          <label key={scope.value} className="choice">
            <input
              type="checkbox"
              name="scopes"
              value={scope.value}
              checked={scopes.includes(scope.value)}
              onChange={(event) => toggleScope(scope.value, event.target.checked)}
            />
            <span className="choice__text">
              <span className="choice__label">{scope.label}</span>
              <span className="choice__explanation">{scope.explanation}</span>
            </span>
          </label>
        ))}
        {scopesError && (
          <p className="field__error" id={scopesErrorId}>
            {scopesError}
          </p>
        )}
      </fieldset>
      <div className="form__actions">
        <Button type="submit" isLoading={isPending}>
          Create token
        </Button>
      </div>
    </form>
  );
}

type ConfirmPasswordFormProps = {
  tokenName: string;
  isCreating: boolean;
  onCancel: () => void;
  onConfirmed: () => void;
};

/**
 * Asked when the API answers REAUTHENTICATION_REQUIRED: a token acts as you for months, so
 * creating one needs a password check in the last few minutes. Confirming creates the token.
 */
function ConfirmPasswordForm({ tokenName, isCreating, onCancel, onConfirmed }: ConfirmPasswordFormProps) {
  const titleId = useId();
  const reauthenticate = useReauthenticate();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const server = fieldErrors(reauthenticate.error, ['password'] as const);
  const passwordError = missing ? 'Enter your password.' : server.byField.password;
  const reauthRef = useErrorFocus(reauthenticate.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setMissing(true);
      return;
    }
    reauthenticate.mutate(password, { onSuccess: onConfirmed });
  }

  return (
    <form ref={reauthRef} className="form form--inset token-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className="token-form__title">
        Confirm your password
      </h3>
      <p className="muted">
        A token can act as you for months, so Rapport asks for your password before creating “{tokenName}”.
      </p>
      {Boolean(reauthenticate.error) && !server.byField.password && (
        <ErrorBox title="Your password was not checked" error={reauthenticate.error} />
      )}
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        autoFocus
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setMissing(false);
          if (reauthenticate.error) reauthenticate.reset();
        }}
        error={passwordError}
      />
      <div className="form__actions">
        <Button variant="secondary" onClick={onCancel} disabled={reauthenticate.isPending || isCreating}>
          Cancel
        </Button>
        <Button type="submit" isLoading={reauthenticate.isPending || isCreating}>
          Confirm and create token
        </Button>
      </div>
    </form>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The new token's secret, shown this once, with Copy; "Done" forgets it for good. */
function NewTokenSecret({ created, onDone }: { created: CreatedAccessToken; onDone: () => void }) {
  const titleId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');

  async function copySecret() {
    try {
      // Undefined outside secure contexts (plain http), and some browsers refuse without a prompt.
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(created.accessToken);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="token-secret" aria-labelledby={titleId}>
      <h3 id={titleId} className="token-secret__title">
        Token “{created.token.name}” created
      </h3>
      <p className="token-secret__warning">
        <strong>Copy it now: it will not be shown again.</strong> Keep it as safe as a password. If you lose it, revoke
        it and create a new one.
      </p>
      <div className="token-secret__row">
        <TextField
          label="Secret token"
          value={created.accessToken}
          readOnly
          autoFocus
          spellCheck={false}
          autoComplete="off"
          className="token-secret__value"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copySecret()}>
          Copy
        </Button>
      </div>
      {copy !== 'idle' && (
        <p className={copy === 'copied' ? 'token-secret__copied' : 'field__error'} role="status">
          {copy === 'copied'
            ? 'Copied to your clipboard.'
            : 'Your browser did not let Rapport copy it. Select the token above and copy it yourself.'}
        </p>
      )}
      <p className="muted token-secret__usage">
        The app sends it as <code>Authorization: Bearer …</code>
      </p>
      <div className="form__actions">
        <Button onClick={onDone}>Done</Button>
      </div>
    </section>
  );
}
