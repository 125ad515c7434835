/**
 * Custom property mappings a definition declares: found by name, created first and idempotently
 * when missing (the transactional endpoint creates only the application and its provider), and
 * never silently replaced when an admin's mapping of the same name says something else.
 */
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import type { CustomMappingNeed } from '../protocols/types';
import { conflictingMappings, same } from '../engine/custom-mapping-conflicts';
import { findByName } from '../protocols/custom-mappings';

export { conflictingMappings } from '../engine/custom-mapping-conflicts';
export { findCustomMappings, type FoundMapping } from '../protocols/custom-mappings';

/** Name → pk of every declared mapping, creating the missing ones (reusing identical ones). */
export async function ensureCustomMappings(
  client: AuthentikClient,
  needs: readonly CustomMappingNeed[],
  signal?: AbortSignal,
): Promise<Record<string, string>> {
  const pks: Record<string, string> = {};
  for (const need of needs) {
    const existing = await findByName(client, need, signal);
    if (existing) {
      if (!same(existing.expression, need.expression)) throw new Error(conflictingMappings([need], [existing])[0]);
      pks[need.name] = existing.pk;
      continue;
    }
    const created =
      need.kind === 'scope'
        ? await unwrap(client.api.POST('/propertymappings/provider/scope/', { body: need.body as never, signal }))
        : await unwrap(client.api.POST('/propertymappings/provider/saml/', { body: need.body as never, signal }));
    pks[need.name] = created.pk;
  }
  return pks;
}
