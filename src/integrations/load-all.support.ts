/**
 * For tests and scripts: every catalog entry loaded and compiled, as the wizard's router does one
 * at a time. The catalog comes from a listing of the app folders, so Node scripts without Vite
 * (Playwright, tsx) get the same list that registry.ts gathers with import.meta.glob.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileIntegration } from '../features/wizard/engine/compile';
import type { CatalogEntry, IntegrationDefinition } from '../features/wizard/engine/types';
import { catalogFrom } from './catalog';

// A path, not a URL object: under jsdom `URL` is not Node's.
const root = dirname(fileURLToPath(import.meta.url));

/** The app folders: each has a meta.ts. */
export const appFolders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'meta.ts')))
  .map((entry) => entry.name);

export async function nodeCatalog(): Promise<CatalogEntry[]> {
  const metas = Object.fromEntries(
    await Promise.all(appFolders.map(async (id) => [`./${id}/meta.ts`, (await import(`./${id}/meta.ts`)).default] as const)),
  );
  const loaders = Object.fromEntries(
    appFolders
      .filter((id) => existsSync(join(root, id, 'definition.ts')))
      .map((id) => [`./${id}/definition.ts`, () => import(`./${id}/definition.ts`)] as const),
  );
  return catalogFrom(metas, loaders);
}

export async function loadAll(): Promise<IntegrationDefinition[]> {
  const catalog = await nodeCatalog();
  return Promise.all(catalog.map(async (entry) => compileIntegration(entry, (await entry.load()).default)));
}
