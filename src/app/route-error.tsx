import { isRouteErrorResponse, Link, useHref, useLocation, useRouteError } from 'react-router';
import { displayHost } from '../lib/authentik/base-url';
import { isApiError } from '../lib/authentik/problem';
import { explainProblem } from '../lib/authentik/problem-messages';
import { useConnection } from '../features/connection/connection-store';

/**
 * What every route shows instead of React Router's developer screen when a screen fails:
 * a plain explanation, and ways back that keep the query string (where everything the admin
 * typed lives). Never the error's message or stack, which could echo what was typed.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const connection = useConnection();
  const here = useHref({ pathname: location.pathname, search: location.search });
  const host = connection ? displayHost(connection.client.target.base) : 'authentik';
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const explained = isApiError(error) ? explainProblem(error.problem, host) : null;
  return (
    <section className="page" data-testid="route-error">
      <div className="alert alert-error" role="alert">
        <p className="alert-title">{notFound ? 'Page not found' : (explained?.title ?? 'This screen could not be shown')}</p>
        <div className="alert-body">
          {explained ? (
            <>
              <p className="pre-line">{explained.detail}</p>
              <p>
                <strong>What to do:</strong> {explained.action}
              </p>
            </>
          ) : (
            <p>
              {notFound
                ? 'This address is not part of the wizard.'
                : 'Something unexpected went wrong while showing this step. It is not caused by anything you typed.'}
            </p>
          )}
          <p>Nothing you typed is lost: it is kept in this page’s address, and both links below keep it.</p>
        </div>
      </div>
      <div className="actions">
        <a className="button-primary" href={here}>
          Reload this step
        </a>
        <Link className="button-secondary" to={{ pathname: '/', search: location.search }}>
          Back to the list of apps
        </Link>
      </div>
    </section>
  );
}
