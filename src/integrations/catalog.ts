/**
 * The catalog from each app folder's meta.ts, with its definition as a lazy import: pure, so the
 * browser (import.meta.glob in registry.ts) and Node scripts (a directory listing) build the same list.
 */
import { variantOf, type DefinitionData } from '../features/wizard/definition/format';
import type { IntegrationMeta } from '../features/wizard/definition/meta';
import type { CatalogEntry } from '../features/wizard/engine/types';

type Loader = () => Promise<{ default: DefinitionData }>;

/** The app's id is its folder: `./osticket/meta.ts` → `osticket`. */
const folderOf = (path: string) => /\/([a-z0-9-]+)\/[a-z]+\.ts$/.exec(path)?.[1] ?? path;

/**
 * One entry per meta and per variant it lists (`<folder>-<key>`), most popular first; an app without
 * a definition is an authoring error.
 */
export function catalogFrom(metas: Readonly<Record<string, IntegrationMeta>>, definitions: Readonly<Record<string, Loader>>): CatalogEntry[] {
  const loaders = new Map(Object.entries(definitions).map(([path, load]) => [folderOf(path), load]));
  return Object.entries(metas)
    .flatMap(([path, { variants, ...meta }]): CatalogEntry[] => {
      const folder = folderOf(path);
      const load = loaders.get(folder);
      if (!load) throw new Error(`src/integrations/${folder} has a meta.ts but no definition.ts.`);
      const setups = [
        { id: folder, meta, key: undefined },
        ...Object.entries(variants ?? {}).map(([key, variant]) => ({ id: `${folder}-${key}`, meta: variant, key })),
      ];
      return setups.map(({ id, meta: line, key }) => ({
        id,
        ...line,
        siblings: setups.filter((other) => other.id !== id).map((other) => ({ id: other.id, name: other.meta.name })),
        load: async () => ({ default: variantOf((await load()).default, key) }),
      }));
    })
    .sort((a, b) => b.popularity - a.popularity || a.id.localeCompare(b.id));
}
