/**
 * The app's role groups in authentik: which of the chosen names exist (read before Create), and
 * making the missing ones right before the pair, idempotently: a group of that exact name is
 * reused, never changed, and never created twice.
 */
import { queryOptions } from '@tanstack/react-query';
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';

/** The permission `POST /core/groups/` needs; a token without it is never asked to create one. */
export const ADD_GROUP_PERMISSION = 'authentik_core.add_group';

/** The pk of the group with exactly this name, or null. */
export async function groupNamed(client: AuthentikClient, name: string, signal?: AbortSignal): Promise<string | null> {
  const page = await unwrap(client.api.GET('/core/groups/', { params: { query: { name, include_users: false, page_size: 5 } }, signal }));
  return page.results.find((group) => group.name === name)?.pk ?? null;
}

/** Which of the names authentik has (name → pk); absent names are not in it. */
export function existingGroupsQuery(client: AuthentikClient, names: readonly string[]) {
  return queryOptions({
    queryKey: ['authentik', client.target.base, 'groups', 'named', ...names],
    queryFn: async ({ signal }): Promise<Record<string, string>> => {
      const found = await Promise.all(names.map(async (name) => [name, await groupNamed(client, name, signal)] as const));
      return Object.fromEntries(found.filter((entry): entry is readonly [string, string] => entry[1] !== null));
    },
    staleTime: 0,
  });
}

/** Name → pk of every name, creating (empty, no parent) the ones authentik lacks, one after the other. */
export async function ensureGroups(client: AuthentikClient, names: readonly string[], signal?: AbortSignal): Promise<Record<string, string>> {
  const pks: Record<string, string> = {};
  for (const name of names) {
    const existing = await groupNamed(client, name, signal);
    pks[name] = existing ?? (await unwrap(client.api.POST('/core/groups/', { body: { name }, signal }))).pk;
  }
  return pks;
}
