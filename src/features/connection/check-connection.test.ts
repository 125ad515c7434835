import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthentikApiError } from '../../lib/authentik/problem';
import { checkConnection } from './check-connection';

let answers: Record<string, () => Response>;

beforeEach(() => {
  vi.stubGlobal('location', { origin: 'http://127.0.0.1:4173' });
  answers = {
    '/api/v3/core/users/me/': () => Response.json({ user: { pk: 7, username: 'akadmin', is_superuser: true } }),
    '/api/v3/admin/version/': () => Response.json({ version_current: '2026.8.3' }),
  };
  vi.stubGlobal('fetch', async (request: Request) => answers[new URL(request.url).pathname]?.() ?? new Response(null, { status: 404 }));
});
afterEach(() => vi.unstubAllGlobals());

const check = () => checkConnection({ base: 'https://authentik.company', token: 't', proxy: null, isDemo: false, remember: false });
const problemOf = async () => {
  try {
    await check();
  } catch (error) {
    if (error instanceof AuthentikApiError) return error.problem;
    throw error;
  }
  throw new Error('expected the check to fail');
};

describe('connecting checks that authentik answers like authentik', () => {
  it('a real answer gives the user and version', async () => {
    const connection = await check();
    expect(connection.user.username).toBe('akadmin');
    expect(connection.version).toBe('2026.8.3');
  });

  it('a token that may not read the version still connects, without one', async () => {
    answers['/api/v3/admin/version/'] = () => Response.json({ detail: 'You do not have permission to perform this action.' }, { status: 403 });
    expect((await check()).version).toBeNull();
  });

  it.each([
    ['another object', { foo: 1 }],
    ['an array', [{ user: { username: 'x' } }]],
    ['a user without a username', { user: { pk: 1, is_superuser: true } }],
    ['a user whose superuser flag is not a boolean', { user: { pk: 1, username: 'x', is_superuser: 'yes' } }],
    ['a user without a pk', { user: { username: 'x', is_superuser: false } }],
    ['null', null],
  ])('users/me answering %s is not authentik', async (_what, body) => {
    answers['/api/v3/core/users/me/'] = () => Response.json(body);
    expect(await problemOf()).toEqual({ kind: 'not-authentik', status: 200, contentType: 'application/json', shape: '/api/v3/core/users/me/' });
  });

  it('a version answer of another shape is not authentik', async () => {
    answers['/api/v3/admin/version/'] = () => Response.json({ version: 3 });
    expect(await problemOf()).toEqual({ kind: 'not-authentik', status: 200, contentType: 'application/json', shape: '/api/v3/admin/version/' });
  });
});
