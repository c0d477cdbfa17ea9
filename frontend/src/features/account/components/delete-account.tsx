import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { TextField } from '@/components/ui/form-field';
import { clearAccessToken } from '@/lib/auth-token';
import { fieldErrors } from '@/lib/problem';
import { useDeleteMyAccount } from '../api/delete-my-account';

/** The Settings card that deletes the account, behind a dialog that says what goes and asks the password. */
export function DeleteAccount() {
  const [open, setOpen] = useState(false);
  return (
    <Card title="Delete account">
      <p className="card__intro muted">
        Deleting your account erases everything of yours from Rapport at once. It cannot be undone.
      </p>
      <div className="form__actions form__actions--start">
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete account…
        </Button>
      </div>
      {open && <DeleteAccountDialog onClose={() => setOpen(false)} />}
    </Card>
  );
}

function DeleteAccountDialog({ onClose }: { onClose: () => void }) {
  const remove = useDeleteMyAccount();
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const server = fieldErrors(remove.error, ['password'] as const);
  const formRef = useErrorFocus(remove.error);
  const passwordError = missing ? 'Enter your password to confirm.' : server.byField.password;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setMissing(true);
      return;
    }
    remove.mutate(password, {
      onSuccess: () => {
        // Signed out: the page's guard then shows the sign-up page, saying the account is gone.
        clearAccessToken('accountDeleted');
        queryClient.clear();
      },
    });
  }

  return (
    <Dialog title="Delete your account?" onClose={onClose}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Delete account">
        <p>This erases, at once and for good:</p>
        <ul className="delete-account__list">
          <li>your profile and career history;</li>
          <li>your connections, followers, follows and blocks, and the invitations you sent or received;</li>
          <li>your posts and reshares (and reshares of them), your comments and likes;</li>
          <li>your tags and tag views, and you from other members’ tags;</li>
          <li>your access tokens and sessions: every device and app using your account is logged out.</li>
        </ul>
        <p className="muted">Want a copy? Close this and use “Download my data” first.</p>
        {Boolean(remove.error) && !server.byField.password && (
          <ErrorBox title="Your account was not deleted" error={remove.error} />
        )}
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            setMissing(false);
            if (remove.error) remove.reset();
          }}
          error={passwordError}
        />
        <div className="form__actions">
          <Button variant="secondary" onClick={onClose} disabled={remove.isPending}>
            Keep my account
          </Button>
          <Button type="submit" variant="danger" isLoading={remove.isPending}>
            Delete my account
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
