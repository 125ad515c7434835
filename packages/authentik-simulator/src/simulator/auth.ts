/**
 * API authentication as authentik's TokenAuthentication does it, and the permission helpers the
 * routes use. authentik answers every authentication failure with 403 (never 401).
 */
import type { SimUser, SimulatorState } from './types.ts';

export type AuthOutcome = { kind: 'anonymous' } | { kind: 'user'; user: SimUser } | { kind: 'failed'; detail: string };

export const NOT_AUTHENTICATED = 'Authentication credentials were not provided.';
export const PERMISSION_DENIED = 'You do not have permission to perform this action.';

/**
 * Reads `Authorization: Bearer <key>`. Other schemes are ignored (anonymous), an empty bearer
 * credential is a malformed header, unknown, expired or non-API tokens are rejected.
 */
export function authenticate(header: string | undefined, state: SimulatorState, now = Date.now()): AuthOutcome {
  if (header === undefined) return { kind: 'anonymous' };
  const trimmed = header.trim();
  const space = trimmed.indexOf(' ');
  const scheme = space < 0 ? trimmed : trimmed.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') return { kind: 'anonymous' };
  const credentials = space < 0 ? '' : trimmed.slice(space + 1);
  if (credentials === '') return { kind: 'failed', detail: 'Malformed header' };
  const token = state.tokens.find((candidate) => candidate.key === credentials);
  const expired = token?.expiring === true && token.expires !== null && Date.parse(token.expires) <= now;
  const user = token ? state.users.find((candidate) => candidate.pk === token.userPk) : undefined;
  if (!token || token.intent !== 'api' || expired || !user || !user.isActive) {
    return { kind: 'failed', detail: 'Token invalid/expired' };
  }
  return { kind: 'user', user };
}

/** Global model permission check (`app_label.codename`); superusers hold every permission. */
export function hasPerm(user: SimUser | null, permission: string): boolean {
  if (!user) return false;
  return user.isSuperuser || user.permissions.includes(permission) || (user.roles ?? []).some((role) => role.permissions.includes(permission));
}
