/**
 * The one check list of a pair, the same on its verify page and in the audit: the app's checks,
 * the release traps every provider of its protocol is checked for, and the signing certificate's
 * lifetime when the provider signs, and who may sign in (engine/checks/access-checks.ts). A check
 * listed twice runs once.
 */
import { certificateExpiryCheck } from '../../protocols/common-checks';
import { whoMaySignInCheck } from './access-checks';
import type { CreatedPair, IntegrationDefinition } from '../types';
import type { Check } from './types';

/**
 * `access`: what the admin chose on the access step (the address bar keeps it). Who may sign in is
 * checked once they restricted it, or chose everyone for a sensitive app (a warning there).
 */
export function pairChecks(
  definition: IntegrationDefinition,
  pair: CreatedPair,
  options: { access?: 'restricted' | 'everyone' | null } = {},
): Check[] {
  const module = definition.protocol;
  const signs = module.signingKeyPk(pair) !== null;
  const checksAccess = options.access === 'restricted' || (options.access === 'everyone' && definition.sensitive);
  const access = checksAccess ? [whoMaySignInCheck({ appName: definition.name, sensitive: definition.sensitive })] : [];
  const all = [
    ...definition.checks(),
    ...access,
    ...module.releaseTraps(),
    ...(signs ? [certificateExpiryCheck({ keyPk: (p) => module.signingKeyPk(p) })] : []),
  ];
  const seen = new Set<string>();
  return all.filter((check) => !seen.has(check.id) && seen.add(check.id));
}
