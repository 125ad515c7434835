/**
 * After authentik restarts (the demo restarts on the same port, or a real one is restored from a
 * backup), flows, keys and mappings get new pks while the wizard's cached discovery still holds
 * the old ones. authentik then refuses the create with `Invalid pk "…" - object does not exist.`
 * on exactly those fields. That is not the admin's mistake: the cache is refreshed instead.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { AuthentikClient } from '../../../lib/authentik/client';
import { isApiError } from '../../../lib/authentik/problem';

/** Fields of a create request whose values come from discovery (flows, keypairs, mappings). */
const DISCOVERED_FIELD =
  /^provider\.(authorization_flow|invalidation_flow|authentication_flow|signing_key|signing_kp|encryption_kp|verification_kp|property_mappings)(\.\d+)?$/;
const INVALID_PK = /^Invalid pk ".*" - object does not exist\.$/;

/** True when authentik refused a create only because discovered pks no longer exist. */
export function isStaleDiscovery(error: unknown): boolean {
  if (!isApiError(error) || error.problem.kind !== 'validation') return false;
  const entries = Object.entries(error.problem.fields);
  const stale = entries.filter(([field, messages]) => DISCOVERED_FIELD.test(field) && messages.some((message) => INVALID_PK.test(message)));
  return stale.length > 0;
}

/** The prefix of every discovery query of this connection (see discovery.ts). */
export function discoveryKeyOf(client: AuthentikClient): readonly unknown[] {
  return ['authentik', client.target.base, client.target.mode];
}

/**
 * When `error` is a stale-discovery refusal, marks this connection's discovery as stale and
 * refetches the active queries; returns true so the caller can reset its mutation and ask the
 * admin to review the refreshed choices. Returns false (and does nothing) for any other error.
 */
export async function refreshStaleDiscovery(queryClient: QueryClient, client: AuthentikClient, error: unknown): Promise<boolean> {
  if (!isStaleDiscovery(error)) return false;
  await queryClient.invalidateQueries({ queryKey: discoveryKeyOf(client) });
  return true;
}
