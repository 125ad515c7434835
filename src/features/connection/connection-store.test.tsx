// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthentikClient } from '../../lib/authentik/client';
import {
  disconnect,
  getConnection,
  readRemembered,
  REMEMBER_KEY,
  setConnection,
  setRestoring,
  useConnection,
  useRestoring,
  type Connection,
} from './connection-store';
import { act, cleanup, render, screen } from '@testing-library/react';
import type * as React from 'react';
import type { Mock } from 'vitest';

/**
 * Every listener React hands to the store's subscribe function, so a test can see who is still told
 * of a change. React is the real one; only its subscribe argument is observed.
 */
const storeListeners: Array<Mock<() => void>> = [];
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof React>();
  const observed = new WeakMap<(listener: () => void) => () => void, (listener: () => void) => () => void>();
  const observe = (subscribe: (listener: () => void) => () => void) => {
    let wrapped = observed.get(subscribe);
    if (!wrapped) {
      wrapped = (listener) => {
        const spy = vi.fn(listener);
        storeListeners.push(spy);
        return subscribe(spy);
      };
      observed.set(subscribe, wrapped);
    }
    return wrapped;
  };
  return {
    ...react,
    useSyncExternalStore: <T,>(subscribe: (listener: () => void) => () => void, getSnapshot: () => T) =>
      react.useSyncExternalStore(observe(subscribe), getSnapshot),
  };
});

const TOKEN = 'ak-store-token-9876543210';

function connection(remembered: boolean, isDemo = false): Connection {
  return {
    client: createAuthentikClient({ base: 'https://authentik.company', token: TOKEN, mode: 'proxy' }),
    user: { pk: 7, username: 'akadmin', is_superuser: true } as Connection['user'],
    version: '2026.8.3',
    proxy: null,
    isDemo,
    remembered,
  };
}

afterEach(() => {
  cleanup();
  storeListeners.length = 0;
  disconnect();
  sessionStorage.clear();
  localStorage.clear();
});

describe('the token is kept in memory, and in this tab only when the admin opts in', () => {
  it('by default nothing is written to any storage', () => {
    setConnection(connection(false));
    expect(getConnection()?.user.username).toBe('akadmin');
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('with “remember in this tab” the base, token and demo flag go to sessionStorage, never localStorage', () => {
    setConnection(connection(true, true));
    expect(JSON.parse(sessionStorage.getItem(REMEMBER_KEY) ?? 'null')).toEqual({ base: 'https://authentik.company', token: TOKEN, isDemo: true });
    expect(localStorage.length).toBe(0);
    expect(readRemembered()).toEqual({ base: 'https://authentik.company', token: TOKEN, isDemo: true });
  });

  it('Disconnect forgets the token in memory and in the tab', () => {
    setConnection(connection(true));
    disconnect();
    expect(getConnection()).toBeNull();
    expect(sessionStorage.getItem(REMEMBER_KEY)).toBeNull();
    expect(readRemembered()).toBeNull();
  });

  it('connecting again without “remember” removes an earlier remembered token', () => {
    setConnection(connection(true));
    setConnection(connection(false));
    expect(sessionStorage.getItem(REMEMBER_KEY)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['no token', JSON.stringify({ base: 'https://a' })],
    ['a token that is not a string', JSON.stringify({ base: 'https://a', token: 5 })],
    ['no base', JSON.stringify({ token: 't' })],
  ])('a damaged remembered entry (%s) is ignored', (_what, raw) => {
    sessionStorage.setItem(REMEMBER_KEY, raw);
    expect(readRemembered()).toBeNull();
  });

  it('a remembered entry without the demo flag is not the demo', () => {
    sessionStorage.setItem(REMEMBER_KEY, JSON.stringify({ base: 'https://a', token: 't', isDemo: 'yes' }));
    expect(readRemembered()).toEqual({ base: 'https://a', token: 't', isDemo: false });
  });
});

describe('screens follow the connection as it changes', () => {
  function Status() {
    const current = useConnection();
    const restoring = useRestoring();
    return <p>{restoring ? 'restoring' : current ? `connected as ${current.user.username}` : 'not connected'}</p>;
  }

  it('connect, reconnect after a reload, disconnect', () => {
    render(<Status />);
    expect(screen.getByText('not connected')).toBeTruthy();
    act(() => setRestoring(true));
    expect(screen.getByText('restoring')).toBeTruthy();
    act(() => {
      setConnection(connection(false));
      setRestoring(false);
    });
    expect(screen.getByText('connected as akadmin')).toBeTruthy();
    act(() => disconnect());
    expect(screen.getByText('not connected')).toBeTruthy();
  });

  it('a screen that went away is no longer told', () => {
    const { unmount } = render(<Status />);
    const told = storeListeners.slice();
    expect(told.length).toBeGreaterThan(0);
    act(() => setConnection(connection(false)));
    for (const listener of told) expect(listener).toHaveBeenCalled();
    unmount();
    for (const listener of told) listener.mockClear();
    act(() => setConnection(null));
    act(() => setRestoring(true));
    for (const listener of told) expect(listener).not.toHaveBeenCalled();
  });
});
