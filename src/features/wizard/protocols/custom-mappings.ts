/** Custom property mappings a definition declares, found by name (reads only; api/custom-mappings creates them). */
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import type { CustomMappingNeed } from './types';

export interface FoundMapping {
  name: string;
  pk: string;
  expression: string;
}

export async function findByName(client: AuthentikClient, need: CustomMappingNeed, signal?: AbortSignal): Promise<FoundMapping | null> {
  const query = { params: { query: { name: need.name } }, signal };
  const page =
    need.kind === 'scope'
      ? await unwrap(client.api.GET('/propertymappings/provider/scope/', query))
      : await unwrap(client.api.GET('/propertymappings/provider/saml/', query));
  const found = page.results.find((mapping) => mapping.name === need.name);
  return found ? { name: found.name, pk: found.pk, expression: found.expression } : null;
}

/** The declared mappings that exist already (whatever their expression). */
export async function findCustomMappings(
  client: AuthentikClient,
  needs: readonly CustomMappingNeed[],
  signal?: AbortSignal,
): Promise<FoundMapping[]> {
  const found = await Promise.all(needs.map((need) => findByName(client, need, signal)));
  return found.filter((mapping): mapping is FoundMapping => mapping !== null);
}
