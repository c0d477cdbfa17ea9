/** A small rotating ring; `label` is read by screen readers (empty when the context already says it). */
export function Spinner({ size = 'md', label = 'Loading' }: { size?: 'sm' | 'md'; label?: string }) {
  return (
    <span
      className={`spinner spinner--${size}`}
      role={label ? 'status' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : true}
    />
  );
}

/** A centered spinner with a sentence, for a page or a card that is loading. */
export function LoadingBlock({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading-block" role="status" aria-live="polite">
      <Spinner label="" />
      <span>{label}</span>
    </div>
  );
}
