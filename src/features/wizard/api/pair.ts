/**
 * Creating the pair (one transactional PUT) and reading it back from authentik.
 * Round trips from "Create" to a filled configuration screen: PUT, GET application,
 * then the provider, its setup URLs, the keypairs and the settings in parallel: 3 in a row.
 */
import { queryOptions } from '@tanstack/react-query';
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import { AuthentikApiError, isApiError } from '../../../lib/authentik/problem';
import type {
  AuthentikSettings,
  CertificateKeyPair,
  CreatedPair,
  PatchedOAuth2ProviderRequest,
  PatchedSAMLProviderRequest,
  TransactionApplicationRequest,
} from '../engine/types';

export const OAUTH2_MODEL = 'authentik_providers_oauth2.oauth2provider';
export const SAML_MODEL = 'authentik_providers_saml.samlprovider';

/** authentik answered 200 but rolled the blueprint back: nothing was created. */
export class NotAppliedError extends Error {
  constructor() {
    super('authentik accepted the request but did not apply it (applied: false). Nothing was created.');
    this.name = 'NotAppliedError';
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

async function optional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    // Reading settings or keypairs needs permissions a non-superuser may lack; the screen says so.
    if (isApiError(error) && (error.problem.kind === 'permission' || error.problem.kind === 'not-found')) return null;
    throw error;
  }
}

export async function readPair(client: AuthentikClient, slug: string, signal?: AbortSignal): Promise<CreatedPair> {
  const application = await unwrap(client.api.GET('/core/applications/{slug}/', { params: { path: { slug } }, signal }));
  const providerPk = application.provider;
  const model = application.provider_obj?.meta_model_name;
  if (providerPk == null || !model) throw new UnexpectedPairError(`The application “${slug}” has no provider assigned.`);

  const keypairs = optional(
    unwrap(client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page_size: 100, ordering: 'name' } }, signal })).then((page) => page.results),
  );
  const settings: Promise<AuthentikSettings | null> = optional(unwrap(client.api.GET('/admin/settings/', { signal })));
  const findKey = (all: CertificateKeyPair[] | null, pk: string | null | undefined) => (pk ? (all?.find((key) => key.pk === pk) ?? null) : null);

  if (model === OAUTH2_MODEL) {
    const [provider, setupUrls, keys, s] = await Promise.all([
      unwrap(client.api.GET('/providers/oauth2/{id}/', { params: { path: { id: providerPk } }, signal })),
      unwrap(client.api.GET('/providers/oauth2/{id}/setup_urls/', { params: { path: { id: providerPk } }, signal })),
      keypairs,
      settings,
    ]);
    return { protocol: 'oidc', application, provider, setupUrls, signingKey: findKey(keys, provider.signing_key), settings: s };
  }
  if (model === SAML_MODEL) {
    const [provider, keys, s] = await Promise.all([
      unwrap(client.api.GET('/providers/saml/{id}/', { params: { path: { id: providerPk } }, signal })),
      keypairs,
      settings,
    ]);
    return { protocol: 'saml', application, provider, signingKey: findKey(keys, provider.signing_kp), settings: s };
  }
  throw new UnexpectedPairError(`The application “${slug}” uses a ${application.provider_obj?.verbose_name ?? model}, which this wizard does not configure.`);
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
  if (!answer.applied) throw new NotAppliedError();
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

export async function patchProvider(
  client: AuthentikClient,
  pair: CreatedPair,
  body: PatchedSAMLProviderRequest | PatchedOAuth2ProviderRequest,
): Promise<CreatedPair> {
  if (pair.protocol === 'saml') {
    const provider = await unwrap(client.api.PATCH('/providers/saml/{id}/', { params: { path: { id: pair.provider.pk } }, body: body as PatchedSAMLProviderRequest }));
    return { ...pair, provider };
  }
  const provider = await unwrap(client.api.PATCH('/providers/oauth2/{id}/', { params: { path: { id: pair.provider.pk } }, body: body as PatchedOAuth2ProviderRequest }));
  return { ...pair, provider };
}
