import type { NoteVerdict, ScoreReason } from '../api/types';

/** "Personal · 82" in green or "Generic · 12" in amber: a note's verdict and score at a glance. */
export function ScoreBadge({ verdict, score }: { verdict: NoteVerdict; score: number }) {
  const personal = verdict === 'PERSONAL';
  return (
    <span className={`score-badge score-badge--${personal ? 'personal' : 'generic'}`}>
      <span className="score-badge__verdict">{personal ? 'Personal' : 'Generic'}</span>
      <span className="score-badge__score">
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, score </span>
        {score}
        <span className="visually-hidden"> out of 100</span>
      </span>
    </span>
  );
}

/** Why a note scored as it did, in plain words: what counts for it (+) and against it (−). */
export function ScoreReasons({ reasons, label = 'Why this score' }: { reasons: ScoreReason[]; label?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="score-reasons" aria-label={label}>
      {reasons.map((reason) => (
        <li key={reason.code} className={`score-reasons__item score-reasons__item--${reason.negative ? 'minus' : 'plus'}`}>
          <span className="score-reasons__mark" aria-hidden="true">
            {reason.negative ? '−' : '+'}
          </span>
          {reason.explanation}
        </li>
      ))}
    </ul>
  );
}
