import { Link, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';

/**
 * What any screen shows when it fails to load or render: a plain explanation and a way on,
 * never a stack trace. The query string (everything the admin typed) is kept in the links.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const chunk = error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <section className="page" role="alert">
      <h1>{chunk ? 'The wizard was updated or the connection dropped' : 'This screen could not be shown'}</h1>
      <p>
        {chunk
          ? 'A part of the wizard could not be loaded. Reload the page: everything you typed is kept in the address.'
          : 'Something unexpected happened. Everything you typed is kept in the address; reload to try again, or go back to the list of apps.'}
      </p>
      <p className="muted">Details: {detail}</p>
      <div className="actions">
        <a className="button-primary" href={`${location.pathname}${location.search}`}>
          Reload this screen
        </a>
        <Link className="button-secondary" to="/">
          Back to the list of apps
        </Link>
      </div>
    </section>
  );
}
