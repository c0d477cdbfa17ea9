import type { Onboarding } from '../api/get-onboarding';

/** The profile strength as a bar, with the steps ticked off and what to do next. */
export function ProfileStrength({ progress }: { progress: Onboarding }) {
  const next = progress.steps.find((s) => s.step === progress.nextStep);
  return (
    <div className="strength">
      <div className="strength__top">
        <span className="strength__label" id="profile-strength-label">
          Profile strength
        </span>
        <span className="strength__value">{progress.profileStrength}%</span>
      </div>
      <div
        className="strength__bar"
        role="progressbar"
        aria-labelledby="profile-strength-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.profileStrength}
      >
        <span className="strength__fill" style={{ width: `${progress.profileStrength}%` }} />
      </div>
      <p className="strength__next">
        {next ? (
          <>
            <strong>Next:</strong> {next.title}.
          </>
        ) : (
          'Your profile is complete and your feed has people in it.'
        )}
      </p>
      <ul className="strength__steps" aria-label="Steps">
        {progress.steps.map((s) => (
          <li key={s.step} className={s.done ? 'strength__step strength__step--done' : 'strength__step'}>
            <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {s.title}
            <span className="visually-hidden">{s.done ? ' (done)' : ' (to do)'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
