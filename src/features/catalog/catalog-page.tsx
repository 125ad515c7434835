import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useRouteLoaderData, useSearchParams } from 'react-router';
import { assetUrl } from '../../lib/asset-url';
import { protocolBadge } from '../wizard/protocols/labels';
import { ROUTE_IDS } from '../wizard/route-ids';
import type { CatalogEntry } from '../wizard/engine/types';
import { CATALOG_PARAMS, categoryLabel, filterCatalog, hasFilters, type CatalogFilter } from './filter';

const NO_APPS: readonly CatalogEntry[] = [];

export function CatalogPage() {
  const catalog = (useRouteLoaderData(ROUTE_IDS.root) as readonly CatalogEntry[] | undefined) ?? NO_APPS;
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const list = useRef<HTMLUListElement>(null);
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  // "Connect another app" (end of the wizard) lands in the search field.
  const focusSearch = (useLocation().state as { focusSearch?: boolean } | null)?.focusSearch === true;
  useEffect(() => {
    if (focusSearch) search.current?.focus();
  }, [focusSearch]);
  const filter: CatalogFilter = {
    query: params.get(CATALOG_PARAMS.query) ?? '',
    category: params.get(CATALOG_PARAMS.category) ?? '',
    protocol: params.get(CATALOG_PARAMS.protocol) ?? '',
  };
  // The summaries are not part of the first page: they arrive (one small chunk) once a search starts.
  const [summaries, setSummaries] = useState<Record<string, string> | undefined>(undefined);
  const searching = filter.query !== '';
  useEffect(() => {
    if (!searching || summaries) return;
    let live = true;
    void Promise.all(catalog.map(async (entry) => [entry.id, entry.summary ?? (await entry.loadSummary?.()) ?? ''] as const))
      .then((pairs) => live && setSummaries(Object.fromEntries(pairs)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [searching, summaries, catalog]);
  const shown = useMemo(() => filterCatalog(catalog, filter, summaries), [catalog, filter.query, filter.category, filter.protocol, summaries]); // eslint-disable-line react-hooks/exhaustive-deps
  const generic = catalog.filter((entry) => entry.category === 'generic');
  const filtered = hasFilters(filter);
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
      <p className="lead lead-optional">
        Pick the app. You type only what is specific to your setup; the wizard creates the application and its provider in one step and tells you what
        to enter in the app.
      </p>
      <nav className="catalog-shortcuts" aria-label="Other ways in">
        <span>Not listed?</span>
        {generic.map((entry) => (
          <Link key={entry.id} to={`/${entry.id}`}>
            {entry.name}
          </Link>
        ))}
        <span className="catalog-shortcuts-gap">Already using authentik?</span>
        <Link to="/audit">Audit your authentik</Link>
      </nav>
      <div className="catalog-filters" role="search">
        <div className="field">
          <label htmlFor={searchId} className="field-label">
            Find your app
          </label>
          <input
            id={searchId}
            ref={search}
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
      <div className="catalog-count">
        <p role="status" aria-live="polite" className="muted">
          {shown.length === catalog.length ? `${catalog.length} apps, the most used first` : `${shown.length} of ${catalog.length} apps`}
        </p>
        {filtered ? (
          <button type="button" className="button-ghost button-small" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            Clear filters
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <p>
          No app matches{filter.category || filter.protocol ? ' these filters' : ''}. Clear the filters, or use{' '}
          {generic.map((entry) => `“${entry.name}”`).join(' or ')} for an app that is not listed.
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
              <img src={assetUrl(`/logos/${entry.id}.svg`)} alt="" width="32" height="32" loading="lazy" decoding="async" />
              <span className="catalog-card-text">
                <span className="catalog-card-name">{entry.name}</span>
                <span className="muted small">
                  {protocolBadge(entry.protocol)} · {categoryLabel(entry.category)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Already have applications in authentik? <Link to="/audit">Audit them all</Link> for the mistakes that break logins. Only checking a
        connection? <Link to="/connect">Connect to your authentik</Link>.
      </p>
    </section>
  );
}
