import { useId } from 'react';

type AnnounceChoiceProps = {
  /** What the update would say after the member's name, e.g. "started a new position as CTO at Globex". */
  summary: string;
  displayName: string;
  followerCount: number;
  connectionCount: number;
  value: boolean | null;
  onChange: (announce: boolean) => void;
  error?: string;
};

function people(count: number, singular: string) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : `${singular}s`}`;
}

/**
 * Asks, for one change of position, whether to tell the network, and says who would see it.
 * Nothing is preselected: the member chooses every time.
 */
export function AnnounceChoice({
  summary,
  displayName,
  followerCount,
  connectionCount,
  value,
  onChange,
  error,
}: AnnounceChoiceProps) {
  const name = useId();
  const audience =
    followerCount + connectionCount === 0
      ? 'Nobody follows you yet, so for now it only appears on your profile; people who follow you later will see it there.'
      : `Your ${people(followerCount, 'follower')} and ${people(connectionCount, 'connection')} will see it in their home feed.`;
  return (
    <fieldset className={`announce${error ? ' announce--invalid' : ''}`} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="announce__legend">Tell your network about this change?</legend>
      <label className="announce__option">
        <input type="radio" name={name} checked={value === true} onChange={() => onChange(true)} />
        <span>
          <strong>Announce it:</strong> “{displayName} {summary}”
          <span className="announce__hint">{audience}</span>
        </span>
      </label>
      <label className="announce__option">
        <input type="radio" name={name} checked={value === false} onChange={() => onChange(false)} />
        <span>
          <strong>Keep it quiet:</strong> only your profile changes
          <span className="announce__hint">Nobody is notified and no post is published.</span>
        </span>
      </label>
      {error && (
        <p className="field__error" id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
