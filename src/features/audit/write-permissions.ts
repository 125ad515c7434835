/**
 * Which providers the token's user may change, read from authentik before any fix is offered: a
 * token that lacks a change permission is never asked to write (the audit offers no fix it cannot
 * send, and `applyFixes` refuses one anyway).
 *
 * authentik grants model permissions to roles (authentik/rbac/api/rbac.py: `/rbac/permissions/`
 * filtered by `role` lists a role's global permissions, readable by any authenticated user). The
 * roles come from `/core/users/me/` (`user.roles`, 2025.12 and later). Releases before that have no
 * roles there and filter the list by `user` instead. Anything that cannot be read counts as missing:
 * the admin is told which permission a fix needs, never sent a request that will be refused.
 * Object permissions (one provider only) are not read, so they count as missing too.
 */
import { unwrap, type AuthentikClient } from '../../lib/authentik/client';
import { compareReleases, parseRelease } from '../../lib/authentik/releases';
import { moduleOf } from '../wizard/protocols';
import type { CreatedPair } from '../wizard/engine/types';
import { listAll, PAGE_SIZE } from './inventory';

export interface WritePermissions {
  /** Every permission holds (superuser). */
  all: boolean;
  /** `app_label.codename` of the global permissions the user holds through roles or directly. */
  granted: readonly string[];
  /** Set when the permissions could not be read: why, in the admin's terms. */
  unreadable?: string;
}

export const ALL_PERMISSIONS: WritePermissions = { all: true, granted: [] };

/** What the audit knows of the token's user (a subset of `/core/users/me/`). */
export interface PermissionUser {
  pk: number;
  is_superuser: boolean;
  roles?: readonly { pk: string; name: string }[];
}

interface PermissionEntry {
  codename: string;
  app_label: string;
}

/** authentik_providers_oauth2.oauth2provider → authentik_providers_oauth2.change_oauth2provider */
export function changePermissionOf(pair: CreatedPair): string {
  const [app, model] = moduleOf(pair).providerModel.split('.');
  return `${app}.change_${model}`;
}

/**
 * The `user` filter exists up to 2025.12 (schemas of 2025.4–2025.12); a release that does not know
 * it ignores it and lists every permission, so it is sent only to a release known to have it.
 */
const USER_FILTER_UNTIL = '2025.12';

export async function readWritePermissions(
  client: AuthentikClient,
  user: PermissionUser,
  version: string | null,
  signal: AbortSignal,
): Promise<WritePermissions> {
  if (user.is_superuser) return ALL_PERMISSIONS;
  const granted = new Set<string>();
  const add = (entries: readonly PermissionEntry[]) => entries.forEach((entry) => granted.add(`${entry.app_label}.${entry.codename}`));
  try {
    if (user.roles !== undefined) {
      for (const role of user.roles) {
        add(
          await listAll((page) =>
            unwrap(client.api.GET('/rbac/permissions/', { params: { query: { role: role.pk, page, page_size: PAGE_SIZE } }, signal })),
          ),
        );
      }
    } else {
      // Before 2025.12 (no roles in users/me): the list filters by user; newer schemas no longer declare it.
      const release = version ? parseRelease(version) : null;
      if (!release || compareReleases(release.minor, USER_FILTER_UNTIL) > 0) throw new Error('no roles and no user filter');
      const query = { user: user.pk, page: 1, page_size: PAGE_SIZE } as { page: number; page_size: number };
      add(await listAll((page) => unwrap(client.api.GET('/rbac/permissions/', { params: { query: { ...query, page } }, signal }))));
    }
  } catch {
    if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
    return {
      all: false,
      granted: [...granted],
      unreadable:
        'authentik did not let this token read its user’s permissions (Directory › Roles), so the audit treats every change permission as missing.',
    };
  }
  return { all: false, granted: [...granted].sort() };
}

export function mayChange(permissions: WritePermissions, pair: CreatedPair): boolean {
  return permissions.all || permissions.granted.includes(changePermissionOf(pair));
}

/** How an admin gives the permission a fix needs, in authentik's own menus. */
export function howToGet(permission: string): string {
  return `Needs ${permission}. Ask an authentik admin to add it to one of your roles (Directory › Roles › your role › Permissions), or audit with a superuser’s token.`;
}
