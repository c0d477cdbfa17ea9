import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useDismiss } from '@/lib/use-dismiss';
import { useAddTaggedMember } from '../api/add-tagged-member';
import { useTags, useTagsOfMember } from '../api/list-tags';
import { useRemoveTaggedMember } from '../api/remove-tagged-member';

/**
 * A compact "Tags" menu for a person in a list: my private tags, each toggled in one click.
 * The member's tags are only fetched once the menu is opened.
 */
export function TagMenu({ memberId, displayName }: { memberId: number; displayName: string }) {
  const [open, setOpen] = useState(false);
  const all = useTags();
  const mine = useTagsOfMember(memberId, open);
  const add = useAddTaggedMember(memberId);
  const remove = useRemoveTaggedMember(memberId);
  const [busyTag, setBusyTag] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const onThem = new Set((mine.data ?? []).map((tag) => tag.id));

  useDismiss(open, useCallback(() => setOpen(false), []), box, trigger);

  function toggle(tagId: number) {
    setError(undefined);
    setSaved(null);
    setBusyTag(tagId);
    const name = (all.data ?? []).find((tag) => tag.id === tagId)?.name ?? '';
    const removing = onThem.has(tagId);
    const options = {
      onError: setError,
      onSuccess: () => setSaved(removing ? `Saved: #${name} removed.` : `Saved: tagged #${name}.`),
      onSettled: () => setBusyTag(null),
    };
    if (removing) remove.mutate(tagId, options);
    else add.mutate(tagId, options);
  }

  return (
    <div className="menu" ref={box}>
      <Button
        ref={trigger}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-haspopup="true"
        aria-label={`Tags: ${displayName}`}
        onClick={() => setOpen((value) => !value)}
      >
        Tags ▾
      </Button>
      {open && (
        <div className="menu__panel" role="group" aria-label={`Your tags on ${displayName}`}>
          {(all.isPending || mine.isPending) && <LoadingBlock label="Loading your tags…" />}
          {(all.isError || mine.isError) && <ErrorBox error={all.error ?? mine.error} takeFocus={false} />}
          {all.data && all.data.length === 0 && (
            <p className="menu__text">
              No tags yet. <Link to="/tags">Create one</Link>.
            </p>
          )}
          {all.data &&
            mine.data &&
            all.data.map((tag) => (
              <button
                key={tag.id}
                type="button"
                className="menu__item"
                aria-pressed={onThem.has(tag.id)}
                disabled={busyTag !== null}
                onClick={() => toggle(tag.id)}
              >
                {onThem.has(tag.id) ? '✓ ' : '+ '}
                {tag.name}
              </button>
            ))}
          {error !== undefined && <ErrorBox title="Not saved." error={error} />}
          <p className="menu__text save-state" role="status">
            {busyTag !== null ? 'Saving…' : saved ?? 'Each click saves at once. Only you see your tags.'}
          </p>
        </div>
      )}
    </div>
  );
}
