import { describe, expect, it } from 'vitest';
import { TRANSACTIONAL, oauth2Body, serveSimulatorForTests } from './test-helpers.ts';

const { sim, client } = serveSimulatorForTests();

describe('fault injection', () => {
  it('a canned status and JSON body answers instead of the real endpoint', async () => {
    sim.faults.add({ method: 'PUT', path: TRANSACTIONAL, status: 502, body: { detail: 'bad gateway' } });
    const res = await client.call('PUT', TRANSACTIONAL, { body: oauth2Body(sim) });
    expect(res.status).toBe(502);
    expect(res.body).toEqual({ detail: 'bad gateway' });
    expect(sim.state.applications).toEqual([]);
  });

  it('a non-JSON body is sent as-is', async () => {
    sim.faults.add({ path: '/api/v3/core/users/me/', status: 502, body: '<html>502 Bad Gateway</html>', headers: { 'Content-Type': 'text/html' } });
    const res = await client.get('/api/v3/core/users/me/');
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toBe('text/html');
    expect(res.text).toBe('<html>502 Bad Gateway</html>');
  });

  it('times limits how often a rule applies', async () => {
    sim.faults.add({ path: /\/core\/users\/me\/$/, status: 503, body: { detail: 'busy' }, times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await client.get('/api/v3/core/users/me/')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('a delay without status slows the real answer down', async () => {
    sim.faults.add({ path: '/api/v3/admin/version/', delayMs: 150, times: 1 });
    const started = Date.now();
    const res = await client.get('/api/v3/admin/version/');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('a dropped connection gives the client a socket error', async () => {
    sim.faults.add({ path: '/api/v3/admin/version/', drop: true, times: 1 });
    await expect(client.get('/api/v3/admin/version/')).rejects.toThrow();
    expect((await client.get('/api/v3/admin/version/')).status).toBe(200);
  });

  it('the method must match when given, and clear() removes every rule', async () => {
    sim.faults.add({ method: 'POST', path: '/api/v3/admin/version/', status: 500 });
    expect((await client.get('/api/v3/admin/version/')).status).toBe(200);
    sim.faults.add({ path: '/api/v3/admin/version/', status: 500 });
    expect((await client.get('/api/v3/admin/version/')).status).toBe(500);
    sim.faults.clear();
    expect((await client.get('/api/v3/admin/version/')).status).toBe(200);
  });

  it('faulted requests are still logged', async () => {
    sim.faults.add({ path: '/api/v3/admin/version/', status: 500, times: 1 });
    await client.get('/api/v3/admin/version/');
    expect(sim.requests.map((entry) => entry.path)).toEqual(['/api/v3/admin/version/']);
  });
});
