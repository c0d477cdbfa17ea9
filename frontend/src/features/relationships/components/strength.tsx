import { useId, useState } from 'react';
import type { RelationshipStrength } from '../api/types';

const LEVEL_TEXT = { STRONG: 'Strong', MODERATE: 'Moderate', WEAK: 'Weak' } as const;

/** "Strong · 72" with the reasons behind it, in plain words, one click away. */
export function StrengthBadge({ strength, name }: { strength: RelationshipStrength; name: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="strength">
      <button
        type="button"
        className={`strength__badge strength__badge--${strength.level.toLowerCase()}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        aria-label={`Relationship strength with ${name}: ${LEVEL_TEXT[strength.level]}, ${strength.score} out of 100. ${open ? 'Hide' : 'Show'} why`}
      >
        <span className="strength__meter" aria-hidden="true">
          <span className="strength__fill" style={{ width: `${strength.score}%` }} />
        </span>
        {LEVEL_TEXT[strength.level]} · {strength.score}
      </button>
      {open && (
        <ul className="score-reasons strength__reasons" id={id} aria-label={`Why the strength with ${name} is ${strength.score}`}>
          {strength.reasons.map((reason) => (
            <li
              key={reason.code}
              className={`score-reasons__item score-reasons__item--${reason.points < 0 ? 'minus' : 'plus'}`}
            >
              <span className="score-reasons__mark" aria-hidden="true">
                {reason.points < 0 ? '−' : '+'}
              </span>
              {reason.explanation}
              <span className="muted">
                {' '}
                ({reason.points > 0 ? '+' : ''}
                {reason.points})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
