import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../wizard/engine/types';
import { nodeCatalog } from '../../integrations/load-all.support';
import { categoryLabel, filterCatalog, hasFilters } from './filter';

const entry = (id: string, name: string, protocol: 'oidc' | 'saml', category: string, summary = '', aliases: string[] = []): CatalogEntry => ({
  id,
  name,
  protocol,
  category,
  summary,
  aliases,
  popularity: 0,
  inputs: [],
  siblings: [],
  load: async () => ({ default: {} as never }),
});
const catalog = [
  entry('grafana', 'Grafana', 'oidc', 'monitoring', 'Dashboards and alerts'),
  entry('gitea', 'Gitea', 'oidc', 'development'),
  entry('gitlab-saml', 'GitLab (SAML)', 'saml', 'development'),
  entry('paperless-ngx', 'Paperless-ngx', 'oidc', 'documentation'),
  entry('slack', 'Slack', 'saml', 'chat-communication-collaboration', '', ['chat']),
  entry('atlassian', 'Atlassian Cloud', 'saml', 'platforms', '', ['jira', 'confluence']),
];
const names = (found: CatalogEntry[]) => found.map((e) => e.name);

describe('an admin looks for their app in the catalog', () => {
  it('finds it as they type, name matches first', () => {
    expect(names(filterCatalog(catalog, { query: 'gi', category: '', protocol: '' }))).toEqual(['Gitea', 'GitLab (SAML)']);
    expect(names(filterCatalog(catalog, { query: 'dash', category: '', protocol: '' }))).toEqual(['Grafana']);
  });

  it('finds it by another word for it (a product, what it is), after name matches', () => {
    expect(names(filterCatalog(catalog, { query: 'jira', category: '', protocol: '' }))).toEqual(['Atlassian Cloud']);
    expect(names(filterCatalog(catalog, { query: 'cha', category: '', protocol: '' }))).toEqual(['Slack']);
  });

  it('ignores case, spaces, hyphens and accents', () => {
    expect(names(filterCatalog(catalog, { query: 'PAPERLESS NGX', category: '', protocol: '' }))).toEqual(['Paperless-ngx']);
    expect(names(filterCatalog(catalog, { query: 'sláck', category: '', protocol: '' }))).toEqual(['Slack']);
  });

  it('narrows by category and protocol, together with the query', () => {
    expect(names(filterCatalog(catalog, { query: '', category: 'development', protocol: '' }))).toEqual(['Gitea', 'GitLab (SAML)']);
    expect(names(filterCatalog(catalog, { query: '', category: '', protocol: 'saml' }))).toEqual(['Atlassian Cloud', 'GitLab (SAML)', 'Slack']);
    expect(names(filterCatalog(catalog, { query: 'git', category: 'development', protocol: 'oidc' }))).toEqual(['Gitea']);
  });

  it('finds nothing for an app that is not there', () => {
    expect(filterCatalog(catalog, { query: 'nonexistent', category: '', protocol: '' })).toEqual([]);
  });
});

describe('the catalog of 150+ apps', () => {
  it('lists the most used apps first while nothing is typed', () => {
    const ranked = [
      entry('a', 'Alpha', 'oidc', 'media'),
      { ...entry('b', 'Beta', 'oidc', 'media'), popularity: 50 },
      { ...entry('c', 'Gamma', 'oidc', 'media'), popularity: 90 },
    ];
    expect(names(filterCatalog(ranked, { query: '', category: '', protocol: '' }))).toEqual(['Gamma', 'Beta', 'Alpha']);
  });

  it('forgives a typo or two in longer words, never in short ones', () => {
    const apps = [entry('nextcloud', 'Nextcloud', 'oidc', 'chat-communication-collaboration'), entry('gitea', 'Gitea', 'oidc', 'development')];
    expect(names(filterCatalog(apps, { query: 'nextclould', category: '', protocol: '' }))).toEqual(['Nextcloud']);
    expect(names(filterCatalog(apps, { query: 'nxtclwd', category: '', protocol: '' }))).toEqual([]);
    expect(names(filterCatalog(apps, { query: 'netxcloud', category: '', protocol: '' }))).toEqual(['Nextcloud']);
    expect(names(filterCatalog(apps, { query: 'nextclo', category: '', protocol: '' }))).toEqual(['Nextcloud']);
    expect(names(filterCatalog(apps, { query: 'gtea', category: '', protocol: '' }))).toEqual(['Gitea']);
    expect(names(filterCatalog(apps, { query: 'gti', category: '', protocol: '' }))).toEqual([]);
  });

  it('searches the summaries once they have arrived', () => {
    const apps = [entry('grafana', 'Grafana', 'oidc', 'monitoring')];
    expect(names(filterCatalog(apps, { query: 'alerts', category: '', protocol: '' }))).toEqual([]);
    expect(names(filterCatalog(apps, { query: 'alerts', category: '', protocol: '' }, { grafana: 'Dashboards and alerts' }))).toEqual(['Grafana']);
  });

  it('knows when a filter is set, so the page offers to clear them', () => {
    expect(hasFilters({ query: '', category: '', protocol: '' })).toBe(false);
    expect(hasFilters({ query: '', category: 'media', protocol: '' })).toBe(true);
    expect(hasFilters({ query: '', category: '', protocol: 'saml' })).toBe(true);
  });

  it('finds the real catalog’s apps by what admins type', async () => {
    const real = await nodeCatalog();
    const first = (query: string) => filterCatalog(real, { query, category: '', protocol: '' })[0]?.id;
    expect(first('nextclould')).toBe('nextcloud');
    expect(first('helpdesk')).toBe('osticket');
    expect(filterCatalog(real, { query: 'wiki', category: '', protocol: '' }).map((found) => found.id)).toEqual(
      expect.arrayContaining(['wiki-js', 'dokuwiki', 'bookstack']),
    );
    expect(filterCatalog(real, { query: 'photos', category: '', protocol: '' }).map((found) => found.id)).toEqual(
      expect.arrayContaining(['immich', 'photoprism']),
    );
  });

  it('files apps where an admin looks for them', async () => {
    const category = Object.fromEntries((await nodeCatalog()).map((found) => [found.id, found.category]));
    expect(category).toMatchObject({
      mealie: 'home',
      'home-assistant': 'home',
      youtrack: 'development',
      osticket: 'chat-communication-collaboration',
      'synology-dsm': 'files-storage',
      'open-webui': 'chat-communication-collaboration',
    });
    for (const found of Object.values(category)) expect(categoryLabel(found), found).not.toBe(found);
  });
});
