/**
 * Create without ever creating twice: after a failure that may have reached authentik (a lost
 * answer, a timeout, a 5xx), the next attempt first reads the pair by slug, and the screen can
 * ask authentik at once whether the pair exists.
 */
import { isApiError, type ApiProblem } from '../../../lib/authentik/problem';
import type { AuthentikClient } from '../../../lib/authentik/client';
import type { AppIdentity, CreatedPair, DiscoveredContext, IntegrationDefinition } from '../engine/types';
import { ensureCustomMappings } from './custom-mappings';
import { applicationExists, createPair, readPair } from './pair';

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
}

/**
 * Creates the pair; after an ambiguous failure (`recover`), returns the pair authentik already
 * has. Custom mappings the definition declares are made first (or reused), then the request is
 * built with their pks.
 */
export async function createOnce(client: AuthentikClient, input: CreateInput, recover: boolean, signal?: AbortSignal): Promise<CreatedPair> {
  // With no custom mappings declared this asks authentik nothing and gives {}.
  const context = { ...input.context, customMappings: await ensureCustomMappings(client, input.definition.discovery.customMappings, signal) };
  const request = input.definition.build(input.inputs, input.identity, context);
  if (recover) {
    try {
      return await readPair(client, request.app.slug, signal);
    } catch (error) {
      if (!(isApiError(error) && error.problem.kind === 'not-found')) throw error;
    }
  }
  return createPair(client, request, signal);
}

/** What became of a create whose answer was lost: the pair exists, or nothing was created. */
export async function settleLostCreate(client: AuthentikClient, slug: string, signal?: AbortSignal): Promise<'created' | 'absent'> {
  return (await applicationExists(client, slug, signal)) ? 'created' : 'absent';
}

/** A slug not taken yet, derived from a taken one: "youtrack" → "youtrack-2". */
export async function freeSlug(client: AuthentikClient, identity: { name: string; slug: string }, signal?: AbortSignal): Promise<{ slug: string; name: string } | null> {
  const stem = identity.slug.replace(/-\d+$/, '');
  for (let n = 2; n < 10; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!(await applicationExists(client, candidate, signal))) return { slug: candidate, name: `${identity.name.replace(/ \d+$/, '')} ${n}` };
  }
  return null;
}
