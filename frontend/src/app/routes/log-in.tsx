import { Link, useLocation, useNavigate } from 'react-router';
import { Card } from '@/components/ui/card';
import { LogInForm } from '@/features/auth/components/log-in-form';

type LogInState = { from?: string; sessionExpired?: boolean; loggedOut?: boolean } | null;

export function LogInRoute() {
  const navigate = useNavigate();
  const state = useLocation().state as LogInState;
  const from = state?.from?.startsWith('/') ? state.from : '/';

  return (
    <div className="page__narrow">
      <title>Log in · Rapport</title>
      <Card title="Log in to Rapport" headingLevel={1}>
        {state?.sessionExpired && (
          <p className="notice" role="status">
            Your session has ended. Please log in again.
          </p>
        )}
        {state?.loggedOut && (
          <p className="notice" role="status">
            You have logged out.
          </p>
        )}
        <LogInForm onSuccess={() => navigate(from, { replace: true })} />
        <p className="card__footer-text">
          New to Rapport? <Link to="/signup">Create an account</Link>
        </p>
      </Card>
    </div>
  );
}
