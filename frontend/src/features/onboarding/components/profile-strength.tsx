import type { Onboarding } from '../api/get-onboarding';

/** The profile strength as a bar, with the steps ticked off and what to do next. */
export function ProfileStrength({ progress }: { progress: Onboarding }) {
  const next = progress.steps.find((s) => s.step === progress.nextStep);
  return (
    <div className="profile-strength">
      <div className="profile-strength__top">
        <span className="profile-strength__label" id="profile-strength-label">
          Profile strength
        </span>
        <span className="profile-strength__value">{progress.profileStrength}%</span>
      </div>
      <div
        className="profile-strength__bar"
        role="progressbar"
        aria-labelledby="profile-strength-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.profileStrength}
      >
        <span className="profile-strength__fill" style={{ width: `${progress.profileStrength}%` }} />
      </div>
      <p className="profile-strength__next">
        {next ? (
          <>
            <strong>Next:</strong> {next.title}.
          </>
        ) : (
          'Your profile is complete and your feed has people in it.'
        )}
      </p>
      <ul className="profile-strength__steps" aria-label="Steps">
        {progress.steps.map((s) => (
          <li key={s.step} className={s.done ? 'profile-strength__step profile-strength__step--done' : 'profile-strength__step'}>
            <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {s.title}
            <span className="visually-hidden">{s.done ? ' (done)' : ' (to do)'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
