import { describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from './index.ts';
import { serveSimulatorForTests } from './test-helpers.ts';

const { sim, client } = serveSimulatorForTests();

describe('authentication answers like authentik (always 403, never 401)', () => {
  it('a request without Authorization is told credentials were not provided', async () => {
    const res = await client.get('/api/v3/core/users/me/', { token: null });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });

  it('"Bearer" without a key is a malformed header', async () => {
    const res = await client.get('/api/v3/core/users/me/', { headers: { Authorization: 'Bearer' } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Malformed header' });
  });

  it('an unknown or expired key is invalid/expired', async () => {
    const unknown = await client.get('/api/v3/core/users/me/', { token: 'not-a-token' });
    expect(unknown.status).toBe(403);
    expect(unknown.body).toEqual({ detail: 'Token invalid/expired' });
    const expired = await client.get('/api/v3/core/users/me/', { token: sim.tokens.expired });
    expect(expired.body).toEqual({ detail: 'Token invalid/expired' });
  });

  it('another scheme counts as anonymous', async () => {
    const res = await client.get('/api/v3/core/users/me/', { headers: { Authorization: `Token ${sim.tokens.superuser}` } });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });

  it('the bearer scheme is case-insensitive and the demo token belongs to akadmin', async () => {
    expect(sim.tokens.superuser).toBe(DEMO_TOKEN);
    const res = await client.get('/api/v3/core/users/me/', { headers: { Authorization: `bEaReR ${DEMO_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      username: 'akadmin',
      name: 'authentik Default Admin',
      email: 'akadmin@authentik.company',
      is_superuser: true,
      groups: [{ name: 'authentik Admins' }],
    });
    expect(typeof res.body.user.pk).toBe('number');
  });

  it('the regular token belongs to a user who is not a superuser', async () => {
    const res = await client.get('/api/v3/core/users/me/', { token: sim.tokens.regular });
    expect(res.body.user).toMatchObject({ username: 'alice', is_superuser: false, system_permissions: [] });
  });
});

describe('routing', () => {
  it('paths without the trailing slash are not found', async () => {
    const res = await client.get('/api/v3/core/users/me');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('paths outside /api/v3 and /application are not found', async () => {
    expect((await client.get('/if/admin/')).status).toBe(404);
    expect((await client.get('/')).status).toBe(404);
  });

  it('the API never sends CORS headers, not even for a preflight', async () => {
    const origin = { Origin: 'https://wizard.example.com', 'Access-Control-Request-Method': 'GET' };
    const preflight = await client.call('OPTIONS', '/api/v3/core/users/me/', { headers: origin, token: null });
    const get = await client.get('/api/v3/core/users/me/', { headers: origin });
    for (const res of [preflight, get]) {
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    expect(preflight.status).toBe(403);
  });

  it('an undocumented method is 405 for an authenticated caller', async () => {
    const res = await client.call('DELETE', '/api/v3/core/users/me/');
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ detail: 'Method "DELETE" not allowed.' });
  });

  it('the request log never contains header values', async () => {
    await client.get('/api/v3/core/users/me/?x=1');
    expect(sim.requests.at(-1)).toEqual({
      method: 'GET',
      path: '/api/v3/core/users/me/',
      query: 'x=1',
      hasAuthorization: true,
      host: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    });
    expect(JSON.stringify(sim.requests)).not.toContain(sim.tokens.superuser);
  });

  it('requests that do not fit the schema are recorded as violations', async () => {
    await client.get('/api/v3/core/users/me');
    expect(sim.violations).toEqual([expect.objectContaining({ kind: 'request', path: '/api/v3/core/users/me', operationId: null })]);
  });
});
