/**
 * Picks safe defaults from what discovery found, honouring the admin's choices, and says what
 * is missing in words an admin can act on. Pure, so every fallback is unit tested.
 */
import type { CertificateKeyPair, DiscoveredContext, Flow, IntegrationDefinition, SAMLPropertyMapping, ScopeMapping } from './types';
import type { OutpostSummary } from '../model/types';
import type { ReleaseCapabilities } from '../../../lib/authentik/releases';
import type { GenericChoices } from './wizard-params';
import { conflictingMappings } from './custom-mapping-conflicts';
import { usableSigningKeys } from '../../../lib/authentik/keys';
// Kept importable from here for the steps.
export { keyTypeOf, usableSigningKeys } from '../../../lib/authentik/keys';

export const DEFAULT_AUTHORIZATION_FLOW = 'default-provider-authorization-implicit-consent';
export const DEFAULT_INVALIDATION_FLOW = 'default-provider-invalidation-flow';
/** The brand's logout flow: it ends the authentik session too, so never a provider default. */
export const BRAND_INVALIDATION_FLOW = 'default-invalidation-flow';
export const DEFAULT_SIGNING_KEY = 'authentik Self-signed Certificate';

export interface Discovered {
  authorizationFlows: Flow[];
  invalidationFlows: Flow[];
  signingKeys: CertificateKeyPair[];
  scopeMappings: ScopeMapping[];
  samlMappings: SAMLPropertyMapping[];
  /** The definition's custom mappings that exist already, by name. */
  customMappings?: { name: string; pk: string; expression: string }[];
  /** Proxy outposts (null: the token may not list them), read when the protocol needs one. */
  outposts?: OutpostSummary[] | null;
}

export interface ResolvedContext {
  context: DiscoveredContext | null;
  /** Blocking: creating is impossible until these are fixed in authentik. */
  problems: string[];
  /** Informational: a fallback was used. */
  notes: string[];
}

function pick<T extends { slug?: string; name: string }>(items: T[], chosen: string | undefined, preferred: string, key: 'slug' | 'name') {
  const byKey = (value: string) => items.find((item) => item[key] === value);
  return { chosen: chosen ? byKey(chosen) : undefined, preferred: byKey(preferred) };
}

export function resolveContext(
  definition: IntegrationDefinition,
  found: Discovered,
  choices: GenericChoices,
  connection: { release?: ReleaseCapabilities; base?: string; canChangeOutposts?: boolean } = {},
): ResolvedContext {
  const problems: string[] = [];
  const notes: string[] = [];

  const authz = pick(found.authorizationFlows, choices.authorizationFlow, DEFAULT_AUTHORIZATION_FLOW, 'slug');
  if (choices.authorizationFlow && !authz.chosen)
    notes.push(`The authorization flow “${choices.authorizationFlow}” from the link does not exist here; the default is used instead.`);
  const authorizationFlow = authz.chosen ?? authz.preferred ?? found.authorizationFlows[0];
  if (!authorizationFlow)
    problems.push(
      'This authentik has no flow with designation “Authorization”. Create one under Flows and Stages › Flows (or restore the default blueprints), then reload.',
    );
  else if (!authz.chosen && !authz.preferred)
    notes.push(`The default flow “${DEFAULT_AUTHORIZATION_FLOW}” was not found; using “${authorizationFlow.slug}”.`);

  const inval = pick(found.invalidationFlows, choices.invalidationFlow, DEFAULT_INVALIDATION_FLOW, 'slug');
  if (choices.invalidationFlow && !inval.chosen)
    notes.push(`The invalidation flow “${choices.invalidationFlow}” from the link does not exist here; the default is used instead.`);
  const fallbackInvalidation = found.invalidationFlows.find((flow) => flow.slug !== BRAND_INVALIDATION_FLOW) ?? found.invalidationFlows[0];
  const invalidationFlow = inval.chosen ?? inval.preferred ?? fallbackInvalidation;
  if (!invalidationFlow)
    problems.push('This authentik has no flow with designation “Invalidation”. Create one under Flows and Stages › Flows, then reload.');
  else if (!inval.chosen && !inval.preferred)
    notes.push(`The default flow “${DEFAULT_INVALIDATION_FLOW}” was not found; using “${invalidationFlow.slug}”.`);
  if (invalidationFlow?.slug === BRAND_INVALIDATION_FLOW)
    notes.push(`“${BRAND_INVALIDATION_FLOW}” also logs users out of authentik when they log out of the app.`);

  const needs = definition.discovery;
  const keys = needs.signingKey === 'none' ? [] : usableSigningKeys(found.signingKeys, needs.keyType);
  const key = pick(keys, choices.signingKey, DEFAULT_SIGNING_KEY, 'name');
  if (choices.signingKey && !key.chosen)
    notes.push(`The signing key “${choices.signingKey}” from the link does not exist here (or has no private key); the default is used instead.`);
  const signingKey = key.chosen ?? key.preferred ?? keys.find((k) => !k.managed) ?? keys[0] ?? null;
  if (!signingKey && needs.signingKey === 'required') {
    const type = needs.keyType ? needs.keyType.toUpperCase() : 'RSA or EC';
    problems.push(`No ${type} certificate with a private key exists. Create one under System › Certificates › Generate, then reload.`);
  } else if (signingKey && !key.chosen && !key.preferred) notes.push(`“${DEFAULT_SIGNING_KEY}” was not found; signing with “${signingKey.name}”.`);

  const scopeMappings: Record<string, ScopeMapping> = {};
  for (const managed of needs.scopeMappings) {
    const mapping = found.scopeMappings.find((m) => m.managed === managed);
    if (mapping) scopeMappings[managed] = mapping;
    else
      problems.push(
        `The scope mapping ${managed} is missing. Restore authentik's default blueprints (Customization › Blueprints › “System - OAuth2 Provider - Scopes” › Apply), then reload.`,
      );
  }
  const samlMappings: Record<string, SAMLPropertyMapping> = {};
  for (const managed of needs.samlMappings) {
    const mapping = found.samlMappings.find((m) => m.managed === managed);
    if (mapping) samlMappings[managed] = mapping;
    else
      problems.push(
        `The SAML property mapping ${managed} is missing. Restore authentik's default blueprints (Customization › Blueprints › “System - SAML Provider - Mappings” › Apply), then reload.`,
      );
  }

  // Custom mappings: reuse an identical one, never overwrite a different one, create the rest first.
  const existing = found.customMappings ?? [];
  problems.push(...conflictingMappings(needs.customMappings, existing));
  // A conflicting one is in here too: it is not created (the problem above blocks the pair), so the note below must not name it.
  const customMappings = Object.fromEntries(existing.map((mapping) => [mapping.name, mapping.pk]));
  const pending = needs.customMappings.filter((need) => !(need.name in customMappings));
  if (pending.length > 0)
    notes.push(`Created first, before the pair: ${pending.map((need) => `the ${need.describe} mapping “${need.name}”`).join(', ')}.`);

  if (problems.length > 0 || !authorizationFlow || !invalidationFlow) return { context: null, problems, notes };
  const { canChangeOutposts, ...where } = connection;
  // The outpost picked on the review (by name, so a shared link names the same one on another instance).
  const pickedOutpost = choices.outpost ? (found.outposts ?? []).find((outpost) => outpost.name === choices.outpost) : undefined;
  if (needs.outposts && choices.outpost && !pickedOutpost)
    notes.push(`The outpost “${choices.outpost}” from the link does not exist here (or is no proxy outpost); the default is used instead.`);
  const outposts = needs.outposts
    ? {
        outposts: {
          list: found.outposts ?? null,
          canChange: canChangeOutposts === true,
          ...(pickedOutpost ? { chosen: pickedOutpost.pk } : {}),
        },
      }
    : {};
  return {
    context: { ...where, authorizationFlow, invalidationFlow, signingKey, scopeMappings, samlMappings, customMappings, ...outposts },
    problems,
    notes,
  };
}
