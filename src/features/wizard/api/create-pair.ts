/**
 * Create without ever creating twice: after a failure that may have reached authentik (a lost
 * answer, a timeout, a 5xx), the next attempt first reads the pair by slug, and the screen can
 * ask authentik at once whether the pair exists.
 */
import { isApiError, type ApiProblem } from '../../../lib/authentik/problem';
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import { providerNameFor } from '../engine/compile';
import type { PolicyBindingRequest } from '../engine/access';
import type { AppIdentity, CreatedPair, DiscoveredContext, IntegrationDefinition } from '../engine/types';
import { ensureCustomMappings } from './custom-mappings';
import { ensureSpKeypairs } from './sp-keypairs';
import { ensureGroups } from './role-groups';
import { applicationExists, createPair, readPair } from './pair';
import { moduleOf } from '../protocols';

/** Upstream causes after which nothing reached authentik: an unknown host, a refused connection, an untrusted certificate. */
const NOTHING_SENT = new Set<string | null>(['dns', 'refused', 'tls']);

/** Failures after which the request may or may not have reached authentik. */
export function isAmbiguous(problem: ApiProblem): boolean {
  if (problem.kind === 'upstream-unreachable') return !NOTHING_SENT.has(problem.cause);
  return ['timeout', 'cancelled', 'network', 'proxy-unreachable', 'server', 'not-authentik'].includes(problem.kind);
}

export function isAmbiguousError(error: unknown): boolean {
  return isApiError(error) && isAmbiguous(error.problem);
}

export interface CreateInput {
  definition: IntegrationDefinition;
  inputs: Record<string, string>;
  identity: AppIdentity;
  context: DiscoveredContext;
  /** Who may sign in (engine/access.ts): sent in the same request, so the pair never exists without them. */
  policyBindings?: readonly PolicyBindingRequest[];
  /**
   * The role groups' names (engine/role-groups.ts) to make sure exist: reused when authentik has
   * one of that name, created right before the pair otherwise. Only names the token may create
   * or that exist are passed (the review leaves out the others and says why).
   */
  roleGroups?: readonly string[];
}

/**
 * Creates the pair; after an ambiguous failure (`recover`), returns the pair authentik already
 * has. Custom mappings the definition declares are made first (or reused), then the request is
 * built with their pks.
 */
export async function createOnce(client: AuthentikClient, input: CreateInput, recover: boolean, signal?: AbortSignal): Promise<CreatedPair> {
  // With no custom mappings declared this asks authentik nothing and gives {}.
  const context = { ...input.context, customMappings: await ensureCustomMappings(client, input.definition.discovery.customMappings, signal) };
  // The SP's certificates from its metadata become keypairs right before the pair (reused when identical).
  const metadata = input.context.spMetadata;
  if (metadata && !metadata.keypairs)
    context.spMetadata = { ...metadata, keypairs: await ensureSpKeypairs(client, metadata, input.identity.name, signal) };
  // The app's role groups, right before the pair: a group of the same name is reused, never changed.
  if (input.roleGroups?.length) await ensureGroups(client, input.roleGroups, signal);
  const built = input.definition.build(input.inputs, input.identity, context);
  const request = input.policyBindings?.length ? { ...built, policy_bindings: [...input.policyBindings] } : built;
  const follow = async (pair: CreatedPair): Promise<CreatedPair> => {
    const after = moduleOf(pair).afterCreate;
    return after ? after(client, pair as never, context, signal) : pair;
  };
  if (recover) {
    try {
      return await follow(await readPair(client, request.app.slug, signal));
    } catch (error) {
      if (!(isApiError(error) && error.problem.kind === 'not-found')) throw error;
    }
  }
  return follow(await createPair(client, request, signal));
}

/** What became of a create whose answer was lost: the pair exists, or nothing was created. */
export async function settleLostCreate(client: AuthentikClient, slug: string, signal?: AbortSignal): Promise<'created' | 'absent'> {
  return (await applicationExists(client, slug, signal)) ? 'created' : 'absent';
}

/** What authentik already holds that a new pair would collide with: the slug, the provider name, or both. */
export interface Taken {
  /** An application with this slug exists. */
  slug: boolean;
  /** A provider with the pair's provider name exists, and the application it serves (if any). */
  provider: { name: string; application: string | null } | null;
}

/** Asks authentik which object is taken, so the admin is offered the fix for that object only. */
export async function whatIsTaken(client: AuthentikClient, identity: { name: string; slug: string }, signal?: AbortSignal): Promise<Taken> {
  const name = providerNameFor(identity.name);
  const [slug, provider] = await Promise.all([applicationExists(client, identity.slug, signal), providerNamed(client, name, signal)]);
  return {
    slug,
    provider: provider ? { name, application: provider.assigned_application_name ?? provider.assigned_backchannel_application_name ?? null } : null,
  };
}

async function providerNamed(client: AuthentikClient, name: string, signal?: AbortSignal) {
  const page = await unwrap(client.api.GET('/providers/all/', { params: { query: { search: name, page_size: 100 } }, signal }));
  return page.results.find((provider) => provider.name === name) ?? null;
}

/** An application name whose provider name is free, derived from a taken one: "Gitea" → "Gitea 2". */
export async function freeName(client: AuthentikClient, name: string, signal?: AbortSignal): Promise<string | null> {
  const stem = name.replace(/ \d+$/, '');
  for (let n = 2; n < 10; n += 1) {
    const candidate = `${stem} ${n}`;
    if (!(await providerNamed(client, providerNameFor(candidate), signal))) return candidate;
  }
  return null;
}

/** A slug not taken yet, derived from a taken one: "youtrack" → "youtrack-2". */
export async function freeSlug(
  client: AuthentikClient,
  identity: { name: string; slug: string },
  signal?: AbortSignal,
): Promise<{ slug: string; name: string } | null> {
  const stem = identity.slug.replace(/-\d+$/, '');
  for (let n = 2; n < 10; n += 1) {
    const candidate = { slug: `${stem}-${n}`, name: `${identity.name.replace(/ \d+$/, '')} ${n}` };
    // Both must be free: the slug, and the provider name that follows from the new name.
    const taken = await whatIsTaken(client, candidate, signal);
    if (!taken.slug && !taken.provider) return candidate;
  }
  return null;
}
