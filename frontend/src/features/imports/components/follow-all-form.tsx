import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { TextField } from '@/components/ui/form-field';
import { fieldErrors } from '@/lib/problem';
import { useFollowImportedMembers } from '../api/follow-imported-members';
import type { FollowImportedResult, NetworkImport } from '../api/types';

/** Follows every confirmed match at once, optionally under one private tag, with a progress bar. */
export function FollowAllForm({ networkImport }: { networkImport: NetworkImport }) {
  const follow = useFollowImportedMembers();
  const [tagIt, setTagIt] = useState(true);
  const [tagName, setTagName] = useState(`Imported ${new Date().getFullYear()}`);
  const [progress, setProgress] = useState<{ done: number; left: number } | null>(null);
  const [result, setResult] = useState<FollowImportedResult | null>(null);
  const server = fieldErrors(follow.error, ['tagName'] as const);
  const toDo = networkImport.matchedCount - networkImport.followingCount;

  function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    setProgress({ done: 0, left: networkImport.matchedCount });
    follow.mutate(
      {
        importId: networkImport.id,
        tagName: tagIt && tagName.trim() ? tagName.trim() : undefined,
        onProgress: (done, left) => setProgress({ done, left }),
      },
      { onSuccess: setResult, onSettled: () => setProgress(null) },
    );
  }

  const total = progress ? progress.done + progress.left : 0;
  return (
    <form className="form follow-all" onSubmit={submit} noValidate aria-label="Follow your matches">
      <p>
        {toDo > 0
          ? `${toDo.toLocaleString('en-US')} of your ${networkImport.matchedCount.toLocaleString('en-US')} matches are not followed yet. Following needs no approval; nobody is told you imported a file.`
          : `You follow all ${networkImport.matchedCount.toLocaleString('en-US')} of your matches.`}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={tagIt} onChange={(e) => setTagIt(e.target.checked)} /> Also put them under a
        private tag, so their posts have a feed of their own
      </label>
      {tagIt && (
        <TextField
          label="Tag name"
          value={tagName}
          onChange={(e) => setTagName(e.target.value)}
          maxLength={50}
          error={server.byField.tagName}
          hint="Only you see your tags. An existing tag of that name is reused."
        />
      )}
      {follow.isError && <ErrorBox title="Not everyone was followed" error={follow.error}>Run it again: it carries on where it stopped.</ErrorBox>}
      {progress && (
        <div className="import-progress" role="status">
          <progress className="import-progress__meter" value={progress.done} max={Math.max(total, 1)} />
          Following {progress.done.toLocaleString('en-US')} of {Math.max(total, progress.done).toLocaleString('en-US')}…
        </div>
      )}
      {result && (
        <p className="notice" role="status">
          Done: {result.followed.toLocaleString('en-US')} newly followed
          {result.alreadyFollowing > 0 ? `, ${result.alreadyFollowing.toLocaleString('en-US')} you already followed` : ''}
          {result.tag ? (
            <>
              , all under #{result.tag.name}. <Link to={`/?tag=${result.tag.id}`}>See their posts in the #{result.tag.name} feed</Link>
            </>
          ) : (
            '.'
          )}
        </p>
      )}
      <div className="form__actions">
        <Button type="submit" isLoading={follow.isPending} disabled={networkImport.matchedCount === 0}>
          {tagIt ? `Follow and tag all ${networkImport.matchedCount.toLocaleString('en-US')} matches` : `Follow all ${networkImport.matchedCount.toLocaleString('en-US')} matches`}
        </Button>
      </div>
    </form>
  );
}
