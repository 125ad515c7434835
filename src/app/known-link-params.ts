/**
 * Every query parameter the wizard reads: the generic choices and the integrations' input keys.
 * The link guard keeps only these in the address bar. It runs before the integration registry
 * loads (which would pull zod into the first page), so the input keys are listed here; a test
 * (known-link-params.test.ts) fails when an integration adds an input that is missing.
 */
import { GENERIC_PARAMS } from '../features/wizard/engine/wizard-params';

export const INTEGRATION_INPUT_PARAMS = ['url', 'team'] as const;

export const KNOWN_LINK_PARAMS: ReadonlySet<string> = new Set<string>([...Object.values(GENERIC_PARAMS), ...INTEGRATION_INPUT_PARAMS]);
