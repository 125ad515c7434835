/**
 * The catalog from each app folder's meta.ts, with its definition as a lazy import: pure, so the
 * browser (import.meta.glob in registry.ts) and Node scripts (a directory listing) build the same list.
 */
import type { DefinitionData } from '../features/wizard/definition/format';
import type { IntegrationMeta } from '../features/wizard/definition/meta';
import type { CatalogEntry } from '../features/wizard/engine/types';

type Loader = () => Promise<{ default: DefinitionData }>;

/** The app's id is its folder: `./osticket/meta.ts` → `osticket`. */
const folderOf = (path: string) => /\/([a-z0-9-]+)\/[a-z]+\.ts$/.exec(path)?.[1] ?? path;

/** One entry per meta, most popular first; an app without a definition is an authoring error. */
export function catalogFrom(metas: Readonly<Record<string, IntegrationMeta>>, definitions: Readonly<Record<string, Loader>>): CatalogEntry[] {
  const loaders = new Map(Object.entries(definitions).map(([path, load]) => [folderOf(path), load]));
  return Object.entries(metas)
    .map(([path, meta]): CatalogEntry => {
      const id = folderOf(path);
      const load = loaders.get(id);
      if (!load) throw new Error(`src/integrations/${id} has a meta.ts but no definition.ts.`);
      return { id, ...meta, load };
    })
    .sort((a, b) => b.popularity - a.popularity || a.id.localeCompare(b.id));
}
