/**
 * The live connection to authentik. The token lives in memory only (this module), never in
 * a URL, localStorage or a log.
 */
import { useSyncExternalStore } from 'react';
import type { AuthentikClient } from '../../lib/authentik/client';
import type { ProxyInfo } from '../../lib/authentik/mode';
import type { components } from '../../lib/authentik/schema.gen';

export type UserSelf = components['schemas']['UserSelf'];

export interface Connection {
  client: AuthentikClient;
  user: UserSelf;
  /** authentik version, or null when the token may not read it. */
  version: string | null;
  proxy: ProxyInfo | null;
  isDemo: boolean;
}

let current: Connection | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function setConnection(connection: Connection | null) {
  current = connection;
  emit();
}

export function getConnection(): Connection | null {
  return current;
}

export function useConnection(): Connection | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
