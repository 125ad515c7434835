/**
 * Every query parameter the wizard reads: the generic choices, the catalog page's search and the
 * integrations' input keys. The link guard keeps only these in the address bar. It runs before any
 * definition loads (each is its own chunk), so the input keys are listed here; a test
 * (known-link-params.test.ts) fails when an integration adds an input that is missing.
 */
import { CATALOG_PARAMS } from '../features/catalog/filter';
import { GENERIC_PARAMS } from '../features/wizard/engine/wizard-params';

export const INTEGRATION_INPUT_PARAMS = ['acs', 'domain', 'email', 'entity', 'group', 'issuer', 'mount', 'name', 'pid', 'policy', 'realm', 'redirect', 'team', 'url', 'ws'] as const;

export const KNOWN_LINK_PARAMS: ReadonlySet<string> = new Set<string>([...Object.values(GENERIC_PARAMS), ...Object.values(CATALOG_PARAMS), ...INTEGRATION_INPUT_PARAMS]);
