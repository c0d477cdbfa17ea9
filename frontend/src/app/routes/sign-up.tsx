import { Link, useLocation, useNavigate } from 'react-router';
import { Card } from '@/components/ui/card';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export function SignUpRoute() {
  const navigate = useNavigate();
  const accountDeleted = (useLocation().state as { accountDeleted?: boolean } | null)?.accountDeleted;
  return (
    <div className="page__narrow">
      <title>Sign up · Rapport</title>
      {accountDeleted && (
        <p className="notice" role="status">
          Your account is deleted: everything of yours is gone from Rapport, and every device and app was logged out.
        </p>
      )}
      <Card title="Join Rapport" headingLevel={1}>
        <p className="muted card__intro">Follow anyone. Connect with the people you really know.</p>
        <SignUpForm onSuccess={() => navigate('/welcome', { replace: true })} />
        <p className="card__footer-text">
          Already a member? <Link to="/login">Log in</Link>
        </p>
      </Card>
    </div>
  );
}
