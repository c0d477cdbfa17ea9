import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextAreaField } from '@/components/ui/form-field';
import { useResharePost } from '../api/reshare-post';

/** Reshares a post to one's own network, with an optional comment on top. */
export function ReshareForm({ postId, onDone }: { postId: number; onDone: (reshared: boolean) => void }) {
  const reshare = useResharePost(postId);
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    reshare.mutate(text.trim() ? { text: text.trim() } : {}, { onSuccess: () => onDone(true) });
  }

  return (
    <form className="form form--inset" onSubmit={submit} noValidate aria-label="Reshare post">
      {reshare.isError && <ErrorBox title="The post was not reshared" error={reshare.error} />}
      <TextAreaField
        label="Add a comment (optional)"
        value={text}
        rows={2}
        maxLength={3000}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="form__actions">
        <Button variant="secondary" onClick={() => onDone(false)} disabled={reshare.isPending}>
          Cancel
        </Button>
        <Button type="submit" isLoading={reshare.isPending}>
          Reshare now
        </Button>
      </div>
    </form>
  );
}
