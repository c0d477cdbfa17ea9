import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { TextField } from '@/components/ui/form-field';
import { fieldErrors } from '@/lib/problem';
import { useLogIn } from '../api/log-in';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

type LogInFormProps = {
  onSuccess: () => void;
  /** A message shown until the first attempt, e.g. why the member has to log in. */
  notice?: ReactNode;
};

/** Email and password; shows the API's problem detail and field errors. */
export function LogInForm({ onSuccess, notice }: LogInFormProps) {
  const logIn = useLogIn();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  // What the last submit found missing (null: nothing): the focus goes to the first such field.
  const formRef = useErrorFocus(Object.keys(missing).length > 0 ? missing : null);

  const server = fieldErrors(logIn.error, FIELDS);
  const errorFor = (field: Field) => missing[field] ?? server.byField[field];

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!values.email.trim()) problems.email = 'Enter your email address.';
    if (!values.password) problems.password = 'Enter your password.';
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    logIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess });
  }

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Log in">
      {notice && logIn.isIdle && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {logIn.isError && <ErrorBox title="Could not log you in" error={logIn.error} />}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={set('email')}
        error={errorFor('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        onChange={set('password')}
        error={errorFor('password')}
      />
      <Button type="submit" isLoading={logIn.isPending} className="btn--block">
        Log in
      </Button>
    </form>
  );
}
