import { Link, useRouteLoaderData } from 'react-router';
import { assetUrl } from '../../lib/asset-url';
import { protocolBadge } from '../wizard/protocols/labels';
import { ROUTE_IDS } from '../wizard/route-ids';
import type { CatalogEntry } from '../wizard/engine/types';

export function CatalogPage() {
  const catalog = (useRouteLoaderData(ROUTE_IDS.root) as readonly CatalogEntry[] | undefined) ?? [];
  return (
    <section className="page">
      <h1>Connect an app to authentik</h1>
      <p className="lead">Pick the app. You type only what is specific to your setup; the wizard creates the application and its provider in one step and tells you what to enter in the app.</p>
      <ul className="catalog" aria-label="Apps">
        {catalog.map((entry) => (
          <li key={entry.id}>
            <Link className="card catalog-card" to={`/${entry.id}`}>
              <header>
                <img src={assetUrl(`/logos/${entry.id}.svg`)} alt="" />
                <div>
                  <h2>{entry.name}</h2>
                  <span className="badge">{protocolBadge(entry.protocol)}</span>
                </div>
              </header>
              <span className="muted">{entry.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Only checking a connection? <Link to="/connect">Connect to your authentik</Link>.
      </p>
    </section>
  );
}
