/**
 * The catalog in the browser: one compact list written at build time from every app folder's
 * meta.ts (src/server/build/app-catalog.ts), without the summaries. The summaries and each
 * definition's loader come in one lazily loaded chunk, so the first page does not grow with
 * one module and one preload wrapper per app. Only src/app reads this module, and the generic
 * wizard never names an app. Node (tests, scripts) lists the same apps: load-all.support.ts.
 */
import { details, entries } from 'virtual:app-catalog';
import { variantOf, type DefinitionData } from '../features/wizard/definition/format';
import type { CatalogEntry } from '../features/wizard/engine/types';

export const catalog: readonly CatalogEntry[] = entries.map(({ folder, variant, ...meta }): CatalogEntry => ({
  ...meta,
  protocol: meta.protocol as CatalogEntry['protocol'],
  loadSummary: async () => (await details()).summaries[meta.id] ?? '',
  load: async () => {
    const { loaders, summaries } = await details();
    const load = loaders[folder];
    if (!load) throw new Error(`src/integrations/${folder} has no definition.ts.`);
    // A variant's entry gets its own setup of the folder's definition.
    return { default: variantOf((await load()).default as DefinitionData, variant), summary: summaries[meta.id] };
  },
}));
