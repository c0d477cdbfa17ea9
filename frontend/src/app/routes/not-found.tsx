import { Link } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export function NotFoundRoute() {
  return (
    <div className="page__narrow">
      <title>Page not found · Rapport</title>
      <Card title="Page not found" headingLevel={1}>
        <p className="muted">There is nothing at this address.</p>
        <Link to="/" className={buttonClassName('primary')}>
          Go home
        </Link>
      </Card>
    </div>
  );
}
