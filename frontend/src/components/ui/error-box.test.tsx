import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/problem';
import { ErrorBox } from './error-box';
import { useErrorFocus } from './error-focus';
import { TextField } from './form-field';

function validationProblem(field: string) {
  return new ApiError({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'Some fields are invalid.',
    errors: [{ field, message: 'must be at most 100 characters' }],
  });
}

const refused = new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, code: 'TOO_MANY', detail: 'You have too many.' });

/** A form as the app writes them: fields mapped from the problem, the box above them. */
function Form({ error }: { error?: ApiError }) {
  const atName = error?.problem.errors?.some((e) => e.field.endsWith('name'));
  return (
    <form aria-label="Tag">
      <button type="button">Before</button>
      {error && <ErrorBox title="Not saved" error={error} />}
      <TextField label="Description" />
      <TextField label="Name" error={atName ? 'must be at most 100 characters' : undefined} />
    </form>
  );
}

describe('ErrorBox', () => {
  it('takes the focus when a failed action shows it, so the member hears what went wrong there', () => {
    const { rerender } = render(<Form />);
    screen.getByRole('button', { name: 'Before' }).focus();
    rerender(<Form error={refused} />);
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveAttribute('tabindex', '-1');
  });

  it('takes the member to the field at fault for a validation problem instead', () => {
    const { rerender } = render(<Form />);
    rerender(<Form error={validationProblem('createTag.request.name')} />);
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });

  it('takes it again for a new error, not when the same one renders again', () => {
    const { rerender } = render(<Form error={refused} />);
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    rerender(<Form error={refused} />);
    expect(before).toHaveFocus();
    rerender(<Form error={new ApiError({ ...refused.problem })} />);
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('leaves the focus alone for a failed load (one with Try again), or when told to', () => {
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    render(
      <>
        <ErrorBox title="Your feed could not be loaded" error={refused} onRetry={() => undefined} />
        <ErrorBox error={refused} takeFocus={false} />
      </>,
    );
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });
});

/** A form that shows a field's error only at the field (no box then), like the message composer. */
function Composer() {
  const [error, setError] = useState<ApiError | null>(null);
  const ref = useErrorFocus(error);
  const atText = error?.problem.errors?.length ? 'Too long.' : undefined;
  return (
    <form ref={ref} aria-label="Composer">
      <TextField label="Message" error={atText} />
      {error && !atText && <p role="alert" tabIndex={-1}>Not sent.</p>}
      <button type="button" onClick={() => setError(validationProblem('text'))}>
        Fail at the field
      </button>
      <button type="button" onClick={() => setError(refused)}>
        Fail
      </button>
    </form>
  );
}

describe('useErrorFocus', () => {
  it('moves the focus to the field at fault, else to the form’s alert, at every new failure', async () => {
    const user = userEvent.setup();
    render(<Composer />);
    await user.click(screen.getByRole('button', { name: 'Fail at the field' }));
    expect(screen.getByLabelText('Message')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
