import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { TextAreaField, TextField } from '@/components/ui/form-field';
import { fieldErrors } from '@/lib/problem';
import { useCreatePost } from '../api/create-post';
import type { Visibility } from '../api/types';

export const POST_MAX_LENGTH = 3000;
const FIELDS = ['text', 'linkUrl', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

/** True for an absolute http(s) URL, the only links the API takes. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Writes a post: text with a character counter, an optional link, and who may see it. */
export function PostComposer() {
  const create = useCreatePost();
  const [text, setText] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  // On a phone the composer folds to one line until it is used, so the feed starts on the first screen.
  const [expanded, setExpanded] = useState(false);
  const server = fieldErrors(create.error, FIELDS);
  const formRef = useErrorFocus(create.error);
  const errorFor = (field: Field) => invalid[field] ?? server.byField[field];
  const remaining = POST_MAX_LENGTH - text.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!text.trim()) problems.text = 'Write something before you post.';
    else if (text.length > POST_MAX_LENGTH) problems.text = `A post has at most ${POST_MAX_LENGTH.toLocaleString('en-US')} characters.`;
    if (linkUrl.trim() && !isHttpUrl(linkUrl.trim())) problems.linkUrl = 'Enter a full web address, starting with https://';
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { text: text.trim(), visibility, ...(linkUrl.trim() ? { linkUrl: linkUrl.trim() } : {}) },
      {
        onSuccess: () => {
          setText('');
          setLinkUrl('');
          setVisibility('PUBLIC');
          setInvalid({});
          setExpanded(false);
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      className={`form composer${expanded || text || linkUrl ? '' : ' composer--collapsed'}`}
      onSubmit={submit}
      onFocus={() => setExpanded(true)}
      noValidate
      aria-label="Create a post"
    >
      {/* A problem about one field is said at that field only, never twice. */}
      {create.isError && Object.keys(server.byField).length === 0 && (
        <ErrorBox title="Your post was not published." error={create.error} />
      )}
      <TextAreaField
        label="Share something with your network"
        placeholder="What are you working on?"
        value={text}
        rows={3}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid((current) => ({ ...current, text: undefined }));
        }}
        error={errorFor('text')}
        hint={
          <span className={remaining < 0 ? 'counter counter--over' : 'counter'}>
            {text.length.toLocaleString('en-US')} / {POST_MAX_LENGTH.toLocaleString('en-US')} characters
          </span>
        }
      />
      <div className="composer__row">
        <TextField
          label="Link (optional)"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={linkUrl}
          maxLength={2048}
          onChange={(event) => {
            setLinkUrl(event.target.value);
            setInvalid((current) => ({ ...current, linkUrl: undefined }));
          }}
          error={errorFor('linkUrl')}
        />
        <div className="field">
          <label className="field__label" htmlFor="composer-visibility">
            Who can see it
          </label>
          <select
            id="composer-visibility"
            className="input"
            value={visibility}
            onChange={(event) => setVisibility(event.target.value as Visibility)}
          >
            <option value="PUBLIC">Public</option>
            <option value="CONNECTIONS">Connections only</option>
          </select>
        </div>
      </div>
      <div className="form__actions">
        <Button type="submit" isLoading={create.isPending}>
          Post
        </Button>
      </div>
    </form>
  );
}
