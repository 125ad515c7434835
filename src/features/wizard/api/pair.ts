/**
 * Creating the pair (one transactional PUT) and reading it back from authentik; the protocol
 * module of the provider reads its own part.
 * Round trips from "Create" to a filled configuration screen: PUT, GET application,
 * then the provider, its setup URLs, the keypairs and the settings in parallel: 3 in a row.
 */
import { queryOptions } from '@tanstack/react-query';
import { optional, unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import { AuthentikApiError } from '../../../lib/authentik/problem';
import type { CreatedPair, TransactionApplicationRequest } from '../engine/types';
import { moduleForModel, moduleOf } from '../protocols';

/** authentik answered 200 but rolled the blueprint back: nothing was created. */
export class NotAppliedError extends Error {
  /** What authentik's blueprint importer logged while it tried. */
  readonly logs: readonly string[];
  constructor(logs: readonly string[]) {
    super('authentik accepted the request but did not apply it (applied: false). Nothing was created.');
    this.name = 'NotAppliedError';
    this.logs = logs;
  }
}

/** The application exists but is not the kind of pair this integration needs. */
export class UnexpectedPairError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnexpectedPairError';
  }
}

export function pairKey(client: AuthentikClient, slug: string) {
  return ['authentik', client.target.base, client.target.mode, 'pair', slug] as const;
}

// Re-exported for the audit, which reads with the pair API.
export { optional } from '../../../lib/authentik/client';

export async function readPair(client: AuthentikClient, slug: string, signal?: AbortSignal): Promise<CreatedPair> {
  const application = await unwrap(client.api.GET('/core/applications/{slug}/', { params: { path: { slug } }, signal }));
  const { provider: providerPk, provider_obj: providerObj } = application;
  if (providerPk == null || !providerObj?.meta_model_name) throw new UnexpectedPairError(`The application “${slug}” has no provider assigned.`);
  const model = providerObj.meta_model_name;
  const module = moduleForModel(model);
  if (!module)
    throw new UnexpectedPairError(`The application “${slug}” uses a ${providerObj.verbose_name ?? model}, which this wizard does not configure.`);

  const [pair, keys, settings] = await Promise.all([
    module.read(client, application, providerPk, signal),
    optional(
      unwrap(client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page_size: 100, ordering: 'name' } }, signal })).then(
        (page) => page.results,
      ),
    ),
    optional(unwrap(client.api.GET('/admin/settings/', { signal }))),
  ]);
  const keyPk = module.signingKeyPk(pair);
  return { ...pair, signingKey: keyPk ? (keys?.find((key) => key.pk === keyPk) ?? null) : null, settings };
}

export function pairQuery(client: AuthentikClient, slug: string) {
  return queryOptions({
    queryKey: pairKey(client, slug),
    queryFn: ({ signal }) => readPair(client, slug, signal),
    staleTime: 5_000,
  });
}

export async function createPair(client: AuthentikClient, request: TransactionApplicationRequest, signal?: AbortSignal): Promise<CreatedPair> {
  const answer = await unwrap(client.api.PUT('/core/transactional/applications/', { body: request, signal }));
  if (!answer.applied) throw new NotAppliedError(answer.logs ?? []);
  return readPair(client, request.app.slug, signal);
}

/** Does an application with this slug exist? (The detail route is not access-filtered.) */
export async function applicationExists(client: AuthentikClient, slug: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await unwrap(client.api.GET('/core/applications/{slug}/', { params: { path: { slug } }, signal }));
    return true;
  } catch (error) {
    if (error instanceof AuthentikApiError && error.problem.kind === 'not-found') return false;
    throw error;
  }
}

export async function patchProvider(client: AuthentikClient, pair: CreatedPair, body: Record<string, unknown>): Promise<CreatedPair> {
  return moduleOf(pair).patch(client, pair, body);
}
