/**
 * The one check list of a pair, the same on its verify page and in the audit: the app's checks,
 * the release traps every provider of its protocol is checked for, and the signing certificate's
 * lifetime when the provider signs. A check listed twice runs once.
 */
import { certificateExpiryCheck } from '../../protocols/common-checks';
import type { CreatedPair, IntegrationDefinition } from '../types';
import type { Check } from './types';

export function pairChecks(definition: IntegrationDefinition, pair: CreatedPair): Check[] {
  const module = definition.protocol;
  const signs = module.signingKeyPk(pair) !== null;
  const all = [
    ...definition.checks(),
    ...module.releaseTraps(),
    ...(signs ? [certificateExpiryCheck({ keyPk: (p) => module.signingKeyPk(p) })] : []),
  ];
  const seen = new Set<string>();
  return all.filter((check) => !seen.has(check.id) && seen.add(check.id));
}
