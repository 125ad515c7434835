/** Searching and filtering the catalog: pure, so the page and its tests agree. */
import type { CatalogEntry } from '../wizard/engine/types';
import { CATALOG_PARAM_NAMES } from '../wizard/definition/reserved-params';

/** The catalog page's own address-bar parameters. */
export const CATALOG_PARAMS = CATALOG_PARAM_NAMES;

export interface CatalogFilter {
  query: string;
  category: string;
  protocol: string;
}

/** authentik's integration categories, as its catalog names them. */
const CATEGORY_LABELS: Record<string, string> = {
  'chat-communication-collaboration': 'Chat, communication and collaboration',
  'cloud-providers': 'Cloud providers',
  dashboards: 'Dashboards',
  development: 'Development',
  'device-management': 'Device management',
  documentation: 'Documentation',
  'hypervisors-orchestrators': 'Hypervisors and orchestrators',
  infrastructure: 'Infrastructure',
  media: 'Media',
  miscellaneous: 'Miscellaneous',
  monitoring: 'Monitoring',
  networking: 'Networking',
  platforms: 'Platforms',
  security: 'Security',
  generic: 'Any other app',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category;
}

/** Lower case, no accents, only letters and digits: "Paperless-ngx" and "paperless ngx" meet. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Entries matching every filter. A query matches the name (best: at its start), then the id or an
 * alias, the category or the summary; results keep that order, names first, then alphabetical.
 */
export function filterCatalog(catalog: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  const query = fold(filter.query);
  const scored = catalog.flatMap((entry) => {
    if (filter.category && entry.category !== filter.category) return [];
    if (filter.protocol && entry.protocol !== filter.protocol) return [];
    if (query === '') return [{ entry, score: 0 }];
    const name = fold(entry.name);
    const score = name.startsWith(query) ? 0 : name.includes(query) || fold(entry.id).includes(query) || entry.aliases.some((alias) => fold(alias).includes(query)) ? 1 : fold(categoryLabel(entry.category)).includes(query) ? 2 : fold(entry.summary).includes(query) ? 3 : -1;
    return score < 0 ? [] : [{ entry, score }];
  });
  return scored.sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name)).map(({ entry }) => entry);
}
