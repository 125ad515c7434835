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
  // The wizard's own, where authentik's guide folder is not where an admin looks for the app.
  home: 'Home and personal',
  'files-storage': 'Files and storage',
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

/** Optimal string alignment distance (a swapped pair of letters counts once), stopping early above `max`. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typos a query of this length may hold: none under 4 letters, one, two from 8. */
const allowedTypos = (query: string) => (query.length < 4 ? 0 : query.length < 8 ? 1 : 2);

/** The words an app is known by: its name (whole and word by word), its id and its aliases. */
function wordsOf(entry: CatalogEntry): string[] {
  const names = [entry.name, entry.id, ...entry.aliases];
  return [...new Set(names.flatMap((text) => [fold(text), ...text.split(/[\s()/.-]+/).map(fold)]).filter((word) => word.length > 0))];
}

/** A word within the allowed typos of the query, whole or as a start as long as the query (“nextclou” → Nextcloud). */
function nearlyMatches(query: string, words: readonly string[]): boolean {
  const max = allowedTypos(query);
  if (max === 0) return false;
  return words.some(
    (word) => typoDistance(query, word, max) <= max || (word.length > query.length && typoDistance(query, word.slice(0, query.length), max) <= max),
  );
}

/**
 * Entries matching every filter, the most popular first. A query matches the name (best: at its
 * start), then the id or an alias, the category, the summary (once the summaries are at hand),
 * and last a name, id or alias within a typo or two; results keep that order, then popularity.
 */
export function filterCatalog(catalog: readonly CatalogEntry[], filter: CatalogFilter, summaries?: Readonly<Record<string, string>>): CatalogEntry[] {
  const query = fold(filter.query);
  const scored = catalog.flatMap((entry) => {
    if (filter.category && entry.category !== filter.category) return [];
    if (filter.protocol && entry.protocol !== filter.protocol) return [];
    if (query === '') return [{ entry, score: 0 }];
    const name = fold(entry.name);
    const summary = summaries?.[entry.id] ?? entry.summary ?? '';
    const score = name.startsWith(query)
      ? 0
      : name.includes(query) || fold(entry.id).includes(query) || entry.aliases.some((alias) => fold(alias).includes(query))
        ? 1
        : fold(categoryLabel(entry.category)).includes(query)
          ? 2
          : fold(summary).includes(query)
            ? 3
            : nearlyMatches(query, wordsOf(entry))
              ? 4
              : -1;
    return score < 0 ? [] : [{ entry, score }];
  });
  return scored
    .sort((a, b) => a.score - b.score || b.entry.popularity - a.entry.popularity || a.entry.name.localeCompare(b.entry.name))
    .map(({ entry }) => entry);
}

/** True when any filter is set: the page offers to clear them all. */
export const hasFilters = (filter: CatalogFilter) => filter.query !== '' || filter.category !== '' || filter.protocol !== '';
