/**
 * The catalog: one meta.ts per app folder, gathered at build time (metadata only, in the initial
 * bundle); each definition stays its own lazily loaded chunk. Only src/app reads this module, and
 * the generic wizard never names an app.
 */
import type { DefinitionData } from '../features/wizard/definition/format';
import type { IntegrationMeta } from '../features/wizard/definition/meta';
import type { CatalogEntry } from '../features/wizard/engine/types';
import { catalogFrom } from './catalog';

export const catalog: readonly CatalogEntry[] = catalogFrom(
  import.meta.glob<IntegrationMeta>('./*/meta.ts', { eager: true, import: 'default' }),
  import.meta.glob<{ default: DefinitionData }>('./*/definition.ts'),
);
