import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { e2ePort, freePortSync } from './free-port.ts';

function hold(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const held: net.Server[] = [];
afterEach(async () => {
  for (const server of held.splice(0)) await new Promise((resolve) => server.close(resolve));
  vi.unstubAllEnvs();
});

describe('the end-to-end tests run whatever else holds a port', () => {
  it('a free port is one the tests can listen on', async () => {
    const port = freePortSync();
    const server = await hold(port);
    expect(server).not.toBeNull();
    if (server) held.push(server);
  });

  it('with something on 4173 (a running npm start), the Playwright config picks another port and tells its workers', async () => {
    const busy = await hold(4173);
    if (busy) held.push(busy);
    vi.stubEnv('WIZARD_E2E_PORT', '');
    const { default: config } = await import('../../playwright.config.ts');
    const port = Number(new URL(String(config.use?.baseURL)).port);
    expect(port).not.toBe(4173);
    expect(process.env.WIZARD_E2E_PORT).toBe(String(port));
    const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(webServer?.command).toContain(`--port ${port} --strictPort`);
    expect(webServer?.url).toBe(`http://127.0.0.1:${port}/__wizard/proxy`);
  });

  it('an explicit WIZARD_E2E_PORT is used as given, and a wrong one is refused with what to fix', () => {
    expect(e2ePort({ WIZARD_E2E_PORT: '4999' })).toBe(4999);
    expect(() => e2ePort({ WIZARD_E2E_PORT: 'abc' })).toThrow('WIZARD_E2E_PORT must be a port number, not "abc"');
    const env: NodeJS.ProcessEnv = {};
    const port = e2ePort(env);
    expect(env.WIZARD_E2E_PORT).toBe(String(port));
  });
});
