import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../wizard/engine/types';
import { filterCatalog } from './filter';

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
