import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Card } from '@/components/ui/card';
import { LogInForm } from '@/features/auth/components/log-in-form';
import { getLastSessionEnd } from '@/lib/auth-token';

type LogInState = { from?: string } | null;

const NOTICES = {
  expired: 'Your session has ended. Please log in again.',
  loggedOut: 'You have logged out.',
  accountDeleted: 'Your account is deleted.',
  none: undefined,
};

export function LogInRoute() {
  const navigate = useNavigate();
  const state = useLocation().state as LogInState;
  const from = state?.from?.startsWith('/') ? state.from : '/';
  const [sessionEnd] = useState(getLastSessionEnd);

  return (
    <div className="page__narrow">
      <title>Log in · Rapport</title>
      <Card title="Log in to Rapport" headingLevel={1}>
        <LogInForm onSuccess={() => navigate(from, { replace: true })} notice={NOTICES[sessionEnd ?? 'none']} />
        <p className="card__footer-text">
          New to Rapport? <Link to="/signup">Create an account</Link>
        </p>
      </Card>
    </div>
  );
}
