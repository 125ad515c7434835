/**
 * The catalog as two build-time modules instead of one eager module per app folder:
 *
 * - `virtual:app-catalog`: every `src/integrations/<id>/meta.ts` evaluated at build time and
 *   written as one compact JSON array (most popular first) without the summaries — what the first
 *   page needs to list, search and guard links;
 * - `virtual:app-catalog-details`: loaded on demand (by the catalog's search, or when an app
 *   opens): the summaries and one loader per definition.
 *
 * The initial bundle thus grows by about 35 bytes gzipped per app instead of ~85, and holds no
 * per-app preload wrapper. Node scripts and tests that run without Vite keep listing the same
 * catalog from the folders (src/integrations/load-all.support.ts).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

const CATALOG = 'virtual:app-catalog';
const DETAILS = 'virtual:app-catalog-details';

interface Meta {
  name: string;
  short?: string;
  protocol: string;
  category: string;
  summary: string;
  aliases: readonly string[];
  popularity: number;
  inputs: readonly string[];
  sensitive?: boolean;
  /** Other setups of the app in the same folder: each is the entry `<folder>-<key>`. */
  variants?: Readonly<Record<string, Omit<Meta, 'variants'>>>;
}

/** One catalog entry: a folder's own setup, or one of its variants. */
interface Setup {
  id: string;
  folder: string;
  variant?: string;
  meta: Omit<Meta, 'variants'>;
}

/** A folder's setups, its own first, then its variants (`<folder>-<key>`). */
function setupsOf(folder: string, { variants, ...meta }: Meta): Setup[] {
  return [{ id: folder, folder, meta }, ...Object.entries(variants ?? {}).map(([key, variant]) => ({ id: `${folder}-${key}`, folder, variant: key, meta: variant }))];
}

/** Each app folder with a meta.ts, its meta evaluated, most popular first (then by id). */
export async function readCatalog(dir: string): Promise<{ id: string; meta: Meta; hasDefinition: boolean }[]> {
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'meta.ts')))
    .map((entry) => entry.name);
  // One module importing every meta.ts, evaluated once: far quicker than one import per app.
  const entry = join(dir, '..', '..', 'node_modules', '.tmp', `app-catalog-${process.pid}.ts`);
  mkdirSync(dirname(entry), { recursive: true });
  writeFileSync(entry, `${ids.map((id, index) => `import m${index} from ${JSON.stringify(join(dir, id, 'meta.ts'))};`).join('\n')}\nexport default [${ids.map((_, index) => `m${index}`).join(', ')}];\n`);
  let metas: Meta[];
  try {
    const loaded = (await tsImport(pathToFileURL(entry).href, import.meta.url)) as { default: Meta[] | { default: Meta[] } };
    // tsx may wrap a module's default export once more
    metas = Array.isArray(loaded.default) ? loaded.default : loaded.default.default;
  } finally {
    rmSync(entry, { force: true });
  }
  const apps = ids.map((id, index) => ({ id, meta: metas[index]!, hasDefinition: existsSync(join(dir, id, 'definition.ts')) }));
  for (const app of apps) if (!app.hasDefinition) throw new Error(`src/integrations/${app.id} has a meta.ts but no definition.ts.`);
  return apps.sort((a, b) => b.meta.popularity - a.meta.popularity || a.id.localeCompare(b.id));
}

/** A JS string literal of JSON, parsed at run time (cheaper to parse than an object literal). */
const jsonLiteral = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

export function appCatalog(options: { dir: string }): Plugin {
  const resolved = (id: string) => `\0${id}`;
  // Both modules read the folders once per build (and again after a meta.ts changes in dev).
  let apps: ReturnType<typeof readCatalog> | null = null;
  return {
    name: 'wizard-app-catalog',
    buildStart() {
      apps = null;
    },
    watchChange(file) {
      if (file.endsWith('meta.ts')) apps = null;
    },
    resolveId(id) {
      return id === CATALOG || id === DETAILS ? resolved(id) : null;
    },
    async load(id) {
      if (id !== resolved(CATALOG) && id !== resolved(DETAILS)) return null;
      apps ??= readCatalog(options.dir);
      const list = await apps;
      for (const app of list) this.addWatchFile(join(options.dir, app.id, 'meta.ts'));
      const families = list.map(({ id: folder, meta }) => setupsOf(folder, meta));
      const setups = families.flat().sort((a, b) => b.meta.popularity - a.meta.popularity || a.id.localeCompare(b.id));
      if (id === resolved(CATALOG)) {
        const entries = setups.map(({ id: appId, folder, variant, meta }) => ({
          id: appId,
          name: meta.name,
          ...(meta.short ? { short: meta.short } : {}),
          protocol: meta.protocol,
          category: meta.category,
          aliases: meta.aliases,
          popularity: meta.popularity,
          inputs: meta.inputs,
          ...(meta.sensitive !== undefined ? { sensitive: meta.sensitive } : {}),
          folder,
          ...(variant ? { variant } : {}),
          siblings: families
            .find((family) => family[0]!.folder === folder)!
            .filter((other) => other.id !== appId)
            .map((other) => ({ id: other.id, name: other.meta.name })),
        }));
        return `export const entries = ${jsonLiteral(entries)};\nexport const details = () => import(${JSON.stringify(DETAILS)});\n`;
      }
      const summaries = Object.fromEntries(setups.map(({ id: appId, meta }) => [appId, meta.summary]));
      const loaders = list.map(({ id: appId }) => `  ${JSON.stringify(appId)}: () => import(${JSON.stringify(join(options.dir, appId, 'definition.ts'))})`).join(',\n');
      return `export const summaries = ${jsonLiteral(summaries)};\nexport const loaders = {\n${loaders}\n};\n`;
    },
  };
}
