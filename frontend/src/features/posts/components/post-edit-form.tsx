import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { fieldErrors } from '@/lib/problem';
import { useUpdatePost } from '../api/update-post';
import type { Post } from '../api/types';
import { isHttpUrl, POST_MAX_LENGTH } from './post-composer';

const FIELDS = ['text', 'linkUrl'] as const;
type Field = (typeof FIELDS)[number];

/** Edits the text and link of one's own post while the edit window is open. */
export function PostEditForm({ post, onDone }: { post: Post; onDone: () => void }) {
  const update = useUpdatePost(post.id);
  const [text, setText] = useState(post.text ?? '');
  const [linkUrl, setLinkUrl] = useState(post.linkUrl ?? '');
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const server = fieldErrors(update.error, FIELDS);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field];

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!text.trim()) problems.text = 'A post cannot be empty.';
    if (linkUrl.trim() && !isHttpUrl(linkUrl.trim())) problems.linkUrl = 'Enter a full web address, starting with https://';
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate({ text: text.trim(), linkUrl: linkUrl.trim() }, { onSuccess: onDone });
  }

  return (
    <form className="form form--inset" onSubmit={submit} noValidate aria-label="Edit post">
      {update.isError && <ErrorBox title="Your post was not changed" error={update.error} />}
      <TextAreaField
        label="Text"
        value={text}
        rows={4}
        onChange={(event) => setText(event.target.value)}
        error={errorFor('text')}
        hint={`${text.length.toLocaleString('en-US')} / ${POST_MAX_LENGTH.toLocaleString('en-US')} characters`}
      />
      <TextField label="Link (optional)" type="url" value={linkUrl} onChange={(event) => setLinkUrl(event.target.value)} error={errorFor('linkUrl')} />
      <div className="form__actions">
        <Button variant="secondary" onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
        <Button type="submit" isLoading={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  );
}
