/**
 * Custom property mappings a definition declares: found by name, created first and idempotently
 * when missing (the transactional endpoint creates only the application and its provider), and
 * never silently replaced when an admin's mapping of the same name says something else.
 */
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import type { CustomMappingNeed } from '../protocols/types';

export interface FoundMapping {
  name: string;
  pk: string;
  expression: string;
}

async function findByName(client: AuthentikClient, need: CustomMappingNeed, signal?: AbortSignal): Promise<FoundMapping | null> {
  const query = { params: { query: { name: need.name } }, signal };
  const page =
    need.kind === 'scope'
      ? await unwrap(client.api.GET('/propertymappings/provider/scope/', query))
      : await unwrap(client.api.GET('/propertymappings/provider/saml/', query));
  const found = page.results.find((mapping) => mapping.name === need.name);
  return found ? { name: found.name, pk: found.pk, expression: found.expression } : null;
}

/** The declared mappings that exist already (whatever their expression). */
export async function findCustomMappings(client: AuthentikClient, needs: readonly CustomMappingNeed[], signal?: AbortSignal): Promise<FoundMapping[]> {
  const found = await Promise.all(needs.map((need) => findByName(client, need, signal)));
  return found.filter((mapping): mapping is FoundMapping => mapping !== null);
}

const same = (a: string, b: string) => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();

/** A mapping of the same name but another expression: the admin must decide, the wizard never overwrites it. */
export function conflictingMappings(needs: readonly CustomMappingNeed[], found: readonly FoundMapping[]): string[] {
  return needs.flatMap((need) => {
    const existing = found.find((mapping) => mapping.name === need.name);
    return existing && !same(existing.expression, need.expression)
      ? [`A property mapping named “${need.name}” already exists with another expression. Rename or delete it under Customization › Property Mappings, or make its expression the one shown here, then reload.`]
      : [];
  });
}

/** Name → pk of every declared mapping, creating the missing ones (reusing identical ones). */
export async function ensureCustomMappings(client: AuthentikClient, needs: readonly CustomMappingNeed[], signal?: AbortSignal): Promise<Record<string, string>> {
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
