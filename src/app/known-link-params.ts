/**
 * Every query parameter the wizard reads: the generic choices, the catalog page's search and the
 * integrations' input keys. The link guard keeps only these in the address bar. It runs before any
 * definition loads (each is its own chunk), so the input keys come from each app's meta.ts, which a
 * test holds equal to its definition's inputs.
 */
import { CATALOG_PARAMS } from '../features/catalog/filter';
import { GENERIC_PARAMS } from '../features/wizard/engine/wizard-params';
import { catalog } from '../integrations/registry';

export const INTEGRATION_INPUT_PARAMS: readonly string[] = [...new Set(catalog.flatMap((entry) => entry.inputs))].sort();

export const KNOWN_LINK_PARAMS: ReadonlySet<string> = new Set<string>([
  ...Object.values(GENERIC_PARAMS),
  ...Object.values(CATALOG_PARAMS),
  ...INTEGRATION_INPUT_PARAMS,
]);
