import { useState } from 'react';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useAddTaggedMember } from '../api/add-tagged-member';
import { useTags, useTagsOfMember } from '../api/list-tags';
import { useRemoveTaggedMember } from '../api/remove-tagged-member';

/** My private tags on the member whose profile I am looking at, toggled in one click. */
export function ProfileTags({ memberId, displayName }: { memberId: number; displayName: string }) {
  const all = useTags();
  const mine = useTagsOfMember(memberId);
  const add = useAddTaggedMember(memberId);
  const remove = useRemoveTaggedMember(memberId);
  const [busyTag, setBusyTag] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<string | null>(null);
  const onThem = new Set((mine.data ?? []).map((tag) => tag.id));

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
    <Card title="Your tags" headingLevel={2}>
      <p className="muted card__intro">Only you can see the tags you put on {displayName.split(' ')[0]}.</p>
      {(all.isPending || mine.isPending) && <LoadingBlock label="Loading your tags…" />}
      {(all.isError || mine.isError) && (
        <ErrorBox
          title="Your tags could not be loaded"
          error={all.error ?? mine.error}
          onRetry={() => {
            void all.refetch();
            void mine.refetch();
          }}
        />
      )}
      {all.data && mine.data && all.data.length === 0 && (
        <p className="muted">
          You have no tags yet. <Link to="/tags">Create one</Link>, for example “clients” or “close friends”.
        </p>
      )}
      {all.data && mine.data && all.data.length > 0 && (
        <ul className="chips__list" aria-label={`Tags on ${displayName}`}>
          {all.data.map((tag) => (
            <li key={tag.id}>
              <button
                type="button"
                className={`chip${onThem.has(tag.id) ? ' chip--active' : ''}`}
                aria-pressed={onThem.has(tag.id)}
                disabled={busyTag !== null}
                onClick={() => toggle(tag.id)}
              >
                {onThem.has(tag.id) ? '✓ ' : '+ '}
                {tag.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {all.data && mine.data && all.data.length > 0 && (
        <p className="save-state" role="status">
          {busyTag !== null ? 'Saving…' : saved ?? 'Each click saves at once.'}
        </p>
      )}
      {error !== undefined && <ErrorBox title="Not saved." error={error} />}
    </Card>
  );
}
