/**
 * Checks that a hand-made pair gets wrong while its URLs look right: the provider's authorization
 * flow, the scopes an OIDC app needs, and the mapping a SAML app matches users by. Each reads
 * authentik's catalog once per audit (`catalog:` keys are shared by every pair of a run).
 */
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import type { components } from '../../../lib/authentik/schema.gen';
import { samlManagedId, scopeManagedId, type SamlMappingName, type ScopeName } from '../definition/managed';
import type { CreatedPair } from '../model/types';
import type { Check, CheckContext, CheckResult, CheckText } from '../model/checks/types';

type Flow = components['schemas']['Flow'];
type ScopeMapping = components['schemas']['ScopeMapping'];
type SamlMapping = components['schemas']['SAMLPropertyMapping'];

interface Page<T> {
  pagination: { next: number };
  results: T[];
}

async function allPages<T>(load: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const results: T[] = [];
  let page = 1;
  for (let i = 0; i < 50 && page > 0; i += 1) {
    const answer = await load(page);
    results.push(...answer.results);
    page = answer.pagination.next;
  }
  return results;
}

export const flows = (client: AuthentikClient, signal: AbortSignal) =>
  allPages((page) => unwrap(client.api.GET('/flows/instances/', { params: { query: { ordering: 'slug', page, page_size: 100 } }, signal })));
/** Every scope mapping (`catalog:scope-mappings`: read once per audit, shared by every check that judges mappings). */
export const scopeMappings = (client: AuthentikClient, signal: AbortSignal) =>
  allPages((page) => unwrap(client.api.GET('/propertymappings/provider/scope/', { params: { query: { page, page_size: 100 } }, signal })));
/** Every SAML property mapping (`catalog:saml-mappings`). */
export const samlMappings = (client: AuthentikClient, signal: AbortSignal) =>
  allPages((page) => unwrap(client.api.GET('/propertymappings/provider/saml/', { params: { query: { page, page_size: 100 } }, signal })));

const authorizationFlowOf = (pair: CreatedPair): string => (pair.provider as { authorization_flow?: string }).authorization_flow ?? '';

// ---------------------------------------------------------------------------------------------
// Authorization flow

/** The consent flows authentik ships, best first (blueprints/default/flow-default-provider-authorization-*.yaml). */
const PREFERRED_FLOWS = ['default-provider-authorization-explicit-consent', 'default-provider-authorization-implicit-consent'];

export function evaluateAuthorizationFlow(pair: CreatedPair, all: readonly Flow[]): CheckResult {
  const pk = authorizationFlowOf(pair);
  const flow = all.find((entry) => entry.pk === pk);
  const expected = 'A flow designated “Authorization”';
  if (!flow)
    return {
      status: 'unknown',
      expected,
      actual: pk || '(none)',
      detail: 'The provider’s authorization flow is not in the flow list this token can read.',
    };
  const actual = `${flow.slug} (${flow.designation})`;
  if (flow.designation === 'authorization') return { status: 'pass', expected, actual };
  const target =
    PREFERRED_FLOWS.map((slug) => all.find((entry) => entry.slug === slug)).find(Boolean) ??
    all.find((entry) => entry.designation === 'authorization');
  return {
    status: 'fail',
    expected,
    actual,
    detail: `The provider’s authorization flow “${flow.slug}” is a${flow.designation === 'authentication' ? 'n' : ''} ${flow.designation} flow, not an authorization flow: authentik runs it when the app asks for a login, and the user never gets back to the app. Choose an authorization flow (usually “${PREFERRED_FLOWS[0]}”) in the provider.`,
    ...(target
      ? {
          fix: {
            label: `Use the authorization flow “${target.slug}”`,
            describe: [{ field: 'Authorization flow', before: flow.slug, after: target.slug }],
            patch: { authorization_flow: target.pk },
          },
        }
      : {}),
  };
}

export function authorizationFlowCheck(text: CheckText = {}): Check {
  return {
    id: 'authorization-flow',
    fields: ['authorization_flow'],
    title: text.title ?? 'The provider uses an authorization flow',
    why: text.why ?? 'authentik runs the provider’s authorization flow for every login of the app; another kind of flow never returns to it.',
    run: async ({ pair, client, signal, shared }: CheckContext) =>
      evaluateAuthorizationFlow(pair, await shared('catalog:flows', () => flows(client, signal))),
  };
}

// ---------------------------------------------------------------------------------------------
// OIDC scopes

export function evaluateScopes(attached: readonly string[], needed: readonly ScopeName[], all: readonly ScopeMapping[]): CheckResult {
  const names = new Set(all.filter((mapping) => attached.includes(mapping.pk)).map((mapping) => mapping.scope_name));
  const expected = needed.join(' ');
  const actual = [...names].sort().join(' ') || '(none)';
  const missing = needed.filter((scope) => !names.has(scope));
  if (missing.length === 0) return { status: 'pass', expected, actual };
  const add = missing.flatMap((scope) => all.filter((mapping) => mapping.managed === scopeManagedId(scope)).map((mapping) => mapping.pk));
  return {
    status: 'fail',
    expected,
    actual,
    detail: `The provider does not offer the scope${missing.length > 1 ? 's' : ''} ${missing.map((scope) => `“${scope}”`).join(', ')} the app asks for: authentik leaves the claims out (or refuses the login with “invalid_scope”), so the app cannot match or create the user. Add the scope mapping${missing.length > 1 ? 's' : ''} under the provider’s Advanced protocol settings › Scopes.`,
    ...(add.length === missing.length
      ? {
          fix: {
            label: `Add the scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
            describe: [{ field: 'Scopes', before: actual, after: [...names, ...missing].sort().join(' ') }],
            patch: { property_mappings: [...attached, ...add] },
          },
        }
      : {}),
  };
}

export function scopesCheck(options: CheckText & { needed: readonly ScopeName[] }): Check {
  return {
    id: 'scopes',
    fields: ['property_mappings'],
    title: options.title ?? 'The provider offers the scopes the app asks for',
    why: options.why ?? 'The app asks for these scopes; a scope the provider lacks means claims the app needs are missing.',
    run: async ({ pair, client, signal, shared }: CheckContext) => {
      if (pair.protocol !== 'oidc') return { status: 'unknown', expected: 'OAuth2/OpenID', actual: pair.protocol };
      return evaluateScopes(
        pair.provider.property_mappings ?? [],
        options.needed,
        await shared('catalog:scope-mappings', () => scopeMappings(client, signal)),
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------
// SAML NameID

/**
 * What a managed mapping returns, for a hand-made mapping judged by its attribute name and the value
 * its expression returns rather than its name (authentik's blueprints/system/providers-saml.yaml).
 */
const RETURNS: Partial<Record<SamlMappingName, RegExp>> = {
  email: /^\s*return\s+(request\.)?user\.email\s*$/m,
  username: /^\s*return\s+(request\.)?user\.username\s*$/m,
  upn: /\bupn\b/,
};

export function evaluateNameId(
  pair: CreatedPair,
  wanted: SamlMappingName | 'persistent' | `custom:${string}`,
  all: readonly SamlMapping[],
): CheckResult {
  if (pair.protocol !== 'saml') return { status: 'unknown', expected: 'SAML', actual: pair.protocol };
  const pk = pair.provider.name_id_mapping ?? null;
  const current = pk ? all.find((mapping) => mapping.pk === pk) : undefined;
  const expected =
    wanted === 'persistent' ? 'No NameID mapping (persistent id)' : wanted.startsWith('custom:') ? wanted.slice(7) : `The user’s ${wanted}`;
  const actual = pk === null ? '(none: the hashed user id)' : (current?.name ?? pk);
  if (wanted === 'persistent' || wanted.startsWith('custom:'))
    return { status: pk === null || wanted !== 'persistent' ? 'pass' : 'warn', expected, actual };
  const managed = all.find((mapping) => mapping.managed === samlManagedId(wanted as SamlMappingName));
  if (current && (current.pk === managed?.pk || RETURNS[wanted as SamlMappingName]?.test(current.expression)))
    return { status: 'pass', expected, actual };
  if (pk !== null && !current) return { status: 'unknown', expected, actual, detail: 'The NameID mapping is not in the list this token can read.' };
  return {
    status: 'fail',
    expected,
    actual,
    detail: `The app matches users by their ${wanted}, but the provider sends ${pk === null ? 'authentik’s hashed user id' : `“${actual}”`} as NameID: a user who signs in arrives as someone unknown, or is refused. Set the NameID property mapping to the ${wanted} mapping.`,
    ...(managed
      ? {
          fix: {
            label: `Send the user’s ${wanted} as NameID`,
            describe: [{ field: 'NameID property mapping', before: actual, after: managed.name }],
            patch: { name_id_mapping: managed.pk },
          },
        }
      : {}),
  };
}

export function nameIdCheck(options: CheckText & { wanted: SamlMappingName | 'persistent' | `custom:${string}` }): Check {
  return {
    id: 'name-id',
    fields: ['name_id_mapping'],
    title: options.title ?? 'NameID is what the app matches users by',
    why: options.why ?? 'The app finds the user by the NameID of the assertion.',
    run: async ({ pair, client, signal, shared }: CheckContext) =>
      evaluateNameId(pair, options.wanted, await shared('catalog:saml-mappings', () => samlMappings(client, signal))),
  };
}

// ---------------------------------------------------------------------------------------------
// Other valid setups (a definition's `accepts`)

/**
 * The check, except that a pair in one of the app's other documented setups passes it: `accept`
 * answers for such a pair, null for any other, which the check then judges as before.
 */
export function withAccepted(check: Check, accept: (pair: CreatedPair) => CheckResult | null): Check {
  const evaluate = check.evaluate;
  return {
    ...check,
    ...(evaluate ? { evaluate: (pair: CreatedPair) => accept(pair) ?? evaluate(pair) } : {}),
    run: async (ctx) => accept(ctx.pair) ?? check.run(ctx),
  };
}
