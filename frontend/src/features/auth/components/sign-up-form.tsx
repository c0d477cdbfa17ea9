import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { TextField } from '@/components/ui/form-field';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useSignUp } from '../api/sign-up';

const FIELDS = ['displayName', 'handle', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

const HANDLE_PATTERN = /^[a-zA-Z0-9_]{3,30}$/;

function validate(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.displayName.trim()) problems.displayName = 'Enter your name.';
  if (!HANDLE_PATTERN.test(values.handle)) {
    problems.handle = 'Use 3 to 30 letters, digits or underscores.';
  }
  if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) problems.email = 'Enter a valid email address.';
  if (values.password.length < 8) problems.password = 'Use at least 8 characters.';
  return problems;
}

/** A 409 names what is taken by its code, maybe without `errors`: still point at the field. */
function takenMessage(error: unknown, field: Field): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (field === 'handle' && error.code === 'HANDLE_TAKEN') return 'This handle is taken; try another.';
  if (field === 'email' && error.code === 'EMAIL_TAKEN') return 'An account already uses this email.';
  return undefined;
}

/** Name, handle, email and password; signs the new member in when the account is created. */
export function SignUpForm({ onSuccess }: { onSuccess: () => void }) {
  const signUp = useSignUp();
  const [values, setValues] = useState<Record<Field, string>>({
    displayName: '',
    handle: '',
    email: '',
    password: '',
  });
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  // What the last submit's own check found (null: nothing): the focus goes to the first field at
  // fault. Kept apart from `invalid`, which changes as the member types.
  const [checked, setChecked] = useState<object | null>(null);
  const formRef = useErrorFocus(checked);

  const server = fieldErrors(signUp.error, FIELDS);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field] ?? takenMessage(signUp.error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validate(values);
    setInvalid(problems);
    if (Object.keys(problems).length > 0) {
      setChecked(problems);
      return;
    }
    signUp.mutate(
      {
        displayName: values.displayName.trim(),
        handle: values.handle,
        email: values.email.trim(),
        password: values.password,
      },
      { onSuccess },
    );
  }

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setInvalid((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Sign up">
      {signUp.isError && (
        <ErrorBox title="Could not create your account" error={signUp.error}>
          {server.other.length > 0 && (
            <ul className="error-box__list">
              {server.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </ErrorBox>
      )}
      <TextField
        label="Full name"
        autoComplete="name"
        value={values.displayName}
        onChange={set('displayName')}
        error={errorFor('displayName')}
        maxLength={100}
      />
      <TextField
        label="Handle"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={values.handle}
        onChange={set('handle')}
        error={errorFor('handle')}
        hint={`Your address on Rapport: /in/${values.handle || 'your_handle'}`}
        maxLength={30}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={set('email')}
        error={errorFor('email')}
        maxLength={254}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={set('password')}
        error={errorFor('password')}
        hint="At least 8 characters."
        maxLength={128}
      />
      <Button type="submit" isLoading={signUp.isPending} className="btn--block">
        Create account
      </Button>
    </form>
  );
}
