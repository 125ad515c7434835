/**
 * authentik's groups and users for the access step: the picker's search, and the names of a
 * choice resolved to this instance's pks right before the request is built. Reads only.
 */
import { queryOptions } from '@tanstack/react-query';
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import type { AccessChoice, ResolvedAccess } from '../engine/access';
import { restricts } from '../engine/access';

export interface GroupOption {
  pk: string;
  name: string;
}

export interface UserOption {
  pk: number;
  username: string;
  name: string;
}

/** Up to 20 groups whose name contains the search text, by name. */
export function groupSearchQuery(client: AuthentikClient, search: string) {
  return queryOptions({
    queryKey: ['authentik', client.target.base, 'groups', 'search', search],
    queryFn: async ({ signal }): Promise<GroupOption[]> => {
      const page = await unwrap(
        client.api.GET('/core/groups/', { params: { query: { search, include_users: false, page_size: 20, ordering: 'name' } }, signal }),
      );
      return page.results.map((group) => ({ pk: group.pk, name: group.name }));
    },
    staleTime: 10_000,
  });
}

/** Up to 20 users whose user name, name or email contains the search text. */
export function userSearchQuery(client: AuthentikClient, search: string) {
  return queryOptions({
    queryKey: ['authentik', client.target.base, 'users', 'search', search],
    queryFn: async ({ signal }): Promise<UserOption[]> => {
      const page = await unwrap(
        client.api.GET('/core/users/', { params: { query: { search, page_size: 20, ordering: 'username', include_groups: false } }, signal }),
      );
      return page.results.map((user) => ({ pk: user.pk, username: user.username, name: user.name }));
    },
    staleTime: 10_000,
  });
}

/** The choice's names as this instance's pks; a name it does not know is simply absent. */
export async function resolveAccess(client: AuthentikClient, choice: AccessChoice, signal?: AbortSignal): Promise<ResolvedAccess> {
  if (!restricts(choice)) return { groups: {}, users: {} };
  if (choice.mode === 'groups') {
    const found = await Promise.all(
      choice.names.map(async (name) => {
        const page = await unwrap(client.api.GET('/core/groups/', { params: { query: { name, include_users: false, page_size: 5 } }, signal }));
        const group = page.results.find((candidate) => candidate.name === name);
        return group ? ([name, group.pk] as const) : null;
      }),
    );
    return { groups: Object.fromEntries(found.filter((entry) => entry !== null)), users: {} };
  }
  const found = await Promise.all(
    choice.names.map(async (username) => {
      const page = await unwrap(client.api.GET('/core/users/', { params: { query: { username, page_size: 5 } }, signal }));
      const user = page.results.find((candidate) => candidate.username === username);
      return user ? ([username, user.pk] as const) : null;
    }),
  );
  return { groups: {}, users: Object.fromEntries(found.filter((entry) => entry !== null)) };
}

export function resolveAccessQuery(client: AuthentikClient, choice: AccessChoice) {
  return queryOptions({
    queryKey: ['authentik', client.target.base, 'access', choice.mode, ...choice.names],
    queryFn: ({ signal }) => resolveAccess(client, choice, signal),
    staleTime: 0,
  });
}
