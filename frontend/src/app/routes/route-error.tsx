import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Card } from '@/components/ui/card';
import { buttonClassName } from '@/components/ui/button';

/** The error boundary of a route: says something went wrong and offers a way out. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <div className="page__narrow">
      <Card title={notFound ? 'Page not found' : 'Something went wrong'} headingLevel={1}>
        <p className="muted">
          {notFound
            ? 'There is nothing at this address.'
            : 'This page could not be shown. Reloading usually helps; if it does not, please try again later.'}
        </p>
        <div className="form__actions form__actions--start">
          <button type="button" className={buttonClassName('secondary')} onClick={() => window.location.reload()}>
            Reload
          </button>
          <Link to="/" className={buttonClassName('primary')}>
            Go home
          </Link>
        </div>
      </Card>
    </div>
  );
}
