import { useId, useMemo, useRef } from 'react';
import { Link, useNavigate, useRouteLoaderData, useSearchParams } from 'react-router';
import { assetUrl } from '../../lib/asset-url';
import { protocolBadge } from '../wizard/protocols/labels';
import { ROUTE_IDS } from '../wizard/route-ids';
import type { CatalogEntry } from '../wizard/engine/types';
import { CATALOG_PARAMS, categoryLabel, filterCatalog, type CatalogFilter } from './filter';

export function CatalogPage() {
  const catalog = (useRouteLoaderData(ROUTE_IDS.root) as readonly CatalogEntry[] | undefined) ?? [];
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const list = useRef<HTMLUListElement>(null);
  const searchId = useId();
  const filter: CatalogFilter = {
    query: params.get(CATALOG_PARAMS.query) ?? '',
    category: params.get(CATALOG_PARAMS.category) ?? '',
    protocol: params.get(CATALOG_PARAMS.protocol) ?? '',
  };
  const shown = useMemo(() => filterCatalog(catalog, filter), [catalog, filter.query, filter.category, filter.protocol]); // eslint-disable-line react-hooks/exhaustive-deps
  const categories = [...new Set(catalog.map((entry) => entry.category))].sort((a, b) => categoryLabel(a).localeCompare(categoryLabel(b)));
  const set = (key: keyof typeof CATALOG_PARAMS, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(CATALOG_PARAMS[key]);
        else next.set(CATALOG_PARAMS[key], value);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="page">
      <h1>Connect an app to authentik</h1>
      <p className="lead">Pick the app. You type only what is specific to your setup; the wizard creates the application and its provider in one step and tells you what to enter in the app.</p>
      <div className="catalog-filters" role="search">
        <div className="field">
          <label htmlFor={searchId} className="field-label">
            Find your app
          </label>
          <input
            id={searchId}
            type="search"
            value={filter.query}
            placeholder={catalog[0] ? `Name, for example ${catalog[0].name}` : 'Name'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${searchId}-hint`}
            onChange={(event) => set('query', event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && shown[0]) navigate(`/${shown[0].id}`);
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                list.current?.querySelector('a')?.focus();
              }
            }}
          />
          <p id={`${searchId}-hint`} className="field-help">
            Enter opens the first match; the arrow keys move through the list.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${searchId}-category`} className="field-label">
            Category
          </label>
          <select id={`${searchId}-category`} value={filter.category} onChange={(event) => set('category', event.target.value)}>
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(category)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${searchId}-protocol`} className="field-label">
            Protocol
          </label>
          <select id={`${searchId}-protocol`} value={filter.protocol} onChange={(event) => set('protocol', event.target.value)}>
            <option value="">Any protocol</option>
            <option value="oidc">{protocolBadge('oidc')}</option>
            <option value="saml">{protocolBadge('saml')}</option>
            <option value="proxy">{protocolBadge('proxy')}</option>
          </select>
        </div>
      </div>
      <p role="status" aria-live="polite" className="muted">
        {shown.length === catalog.length ? `${catalog.length} apps` : `${shown.length} of ${catalog.length} apps`}
      </p>
      {shown.length === 0 ? (
        <p>
          No app matches. Clear the search, or use “Another app (OpenID Connect)” or “Another app (SAML)” for an app that is not listed.
        </p>
      ) : null}
      <ul
        className="catalog"
        aria-label="Apps"
        ref={list}
        onKeyDown={(event) => {
          const links = [...(list.current?.querySelectorAll('a') ?? [])];
          const index = links.indexOf(document.activeElement as HTMLAnchorElement);
          const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
          if (step === undefined || index < 0) return;
          event.preventDefault();
          links[Math.min(Math.max(index + step, 0), links.length - 1)]?.focus();
        }}
      >
        {shown.map((entry) => (
          <li key={entry.id}>
            <Link className="card catalog-card" to={`/${entry.id}`}>
              <header>
                <img src={assetUrl(`/logos/${entry.id}.svg`)} alt="" width="40" height="40" />
                <div>
                  <h2>{entry.name}</h2>
                  <span className="badge">{protocolBadge(entry.protocol)}</span> <span className="muted small">{categoryLabel(entry.category)}</span>
                </div>
              </header>
              <span className="muted">{entry.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Already have applications in authentik? <Link to="/audit">Audit them all</Link> for the mistakes that break logins. Only checking a connection?{' '}
        <Link to="/connect">Connect to your authentik</Link>.
      </p>
    </section>
  );
}
