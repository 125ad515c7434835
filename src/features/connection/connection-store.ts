/**
 * The live connection to authentik. The token lives in memory (this module) and, only when the
 * admin opts in, in this tab's sessionStorage; never in a URL, localStorage or a log.
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
  /** The admin chose to keep the token in this tab (sessionStorage). */
  remembered: boolean;
}

export const REMEMBER_KEY = 'authentik-wizard.connection';

export interface RememberedConnection {
  base: string;
  token: string;
  isDemo: boolean;
}

let current: Connection | null = null;
let restoring = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function setConnection(connection: Connection | null) {
  current = connection;
  if (connection?.remembered) {
    const remembered: RememberedConnection = {
      base: connection.client.target.base,
      token: connection.client.target.token,
      isDemo: connection.isDemo,
    };
    sessionStorage.setItem(REMEMBER_KEY, JSON.stringify(remembered));
  } else {
    sessionStorage.removeItem(REMEMBER_KEY);
  }
  emit();
}

/** Forgets the token everywhere it was kept. */
export function disconnect() {
  setConnection(null);
}

export function readRemembered(): RememberedConnection | null {
  try {
    const raw = sessionStorage.getItem(REMEMBER_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<RememberedConnection>;
    return typeof value.base === 'string' && typeof value.token === 'string'
      ? { base: value.base, token: value.token, isDemo: value.isDemo === true }
      : null;
  } catch {
    return null;
  }
}

export function setRestoring(value: boolean) {
  restoring = value;
  emit();
}

export function getConnection(): Connection | null {
  return current;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useConnection(): Connection | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

export function useRestoring(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => restoring,
    () => false,
  );
}
