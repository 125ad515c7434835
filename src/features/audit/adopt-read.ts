/**
 * What adoption needs besides the pairs the audit already read: the flows, keys, property mappings
 * and providers they refer to (and sources, only when a provider federates with one), each list
 * read to its last page. Reads only; turned into files by the export layer's `adopt`.
 */
import { unwrap, type AuthentikClient } from '../../lib/authentik/client';
import { NEWEST_RELEASE, parseRelease } from '../../lib/authentik/releases';
import type { AdoptPair, AdoptSource } from '../wizard/export/adopt';
import { listAll, PAGE_SIZE } from './inventory';
import type { AuditRow } from './run-audit';

const SCOPE_MODEL = 'authentik_providers_oauth2.scopemapping';
const SAML_MODEL = 'authentik_providers_saml.samlpropertymapping';

/** The pairs of the rows that have one (the audit read them); rows without a pair cannot be adopted. */
export function adoptablePairs(rows: readonly AuditRow[]): AdoptPair[] {
  return rows.flatMap((row) =>
    row.pair
      ? [
          {
            application: row.pair.application as unknown as Record<string, unknown>,
            provider: row.pair.provider as unknown as Record<string, unknown>,
          },
        ]
      : [],
  );
}

export async function readForAdoption(
  client: AuthentikClient,
  pairs: readonly AdoptPair[],
  version: string | null,
  signal?: AbortSignal,
): Promise<AdoptSource> {
  const query = (page: number, ordering: string) => ({ params: { query: { page, page_size: PAGE_SIZE, ordering } }, signal });
  const federates = pairs.some((pair) => Array.isArray(pair.provider.jwt_federation_sources) && pair.provider.jwt_federation_sources.length > 0);
  const [flows, keypairs, scope, saml, providers, sources] = await Promise.all([
    listAll((page) => unwrap(client.api.GET('/flows/instances/', query(page, 'slug')))),
    listAll((page) => unwrap(client.api.GET('/crypto/certificatekeypairs/', query(page, 'name')))),
    listAll((page) => unwrap(client.api.GET('/propertymappings/provider/scope/', query(page, 'name')))),
    listAll((page) => unwrap(client.api.GET('/propertymappings/provider/saml/', query(page, 'name')))),
    listAll((page) => unwrap(client.api.GET('/providers/all/', query(page, 'pk')))),
    federates ? listAll((page) => unwrap(client.api.GET('/sources/all/', query(page, 'slug')))) : Promise.resolve(null),
  ]);
  return {
    release: (version ? parseRelease(version)?.id : undefined) ?? NEWEST_RELEASE,
    pairs,
    flows: flows.map((flow) => ({ pk: flow.pk, slug: flow.slug })),
    keypairs: keypairs.map((key) => ({ pk: key.pk, name: key.name })),
    mappings: [
      ...scope.map((record) => ({ model: SCOPE_MODEL, record: record as unknown as Record<string, unknown> })),
      ...saml.map((record) => ({ model: SAML_MODEL, record: record as unknown as Record<string, unknown> })),
    ],
    providers: providers.map((provider) => ({ pk: provider.pk, name: provider.name })),
    sources: sources ? sources.map((item) => ({ pk: item.pk, slug: item.slug })) : null,
  };
}
