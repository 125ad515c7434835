import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, DEMO_TOKEN } from 'authentik-simulator';
import { startWizardServer } from './serve.ts';
import type { WizardServer } from './serve.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the server of the published wizard', () => {
  const root = mkdtempSync(join(tmpdir(), 'wizard-dist-'));
  const simulator = createSimulator();
  let authentik: Awaited<ReturnType<typeof simulator.listen>>;
  let server: WizardServer;
  const lines: string[] = [];

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>catalog</title>');
    writeFileSync(join(root, 'app.html'), '<!doctype html><title>wizard</title>');
    writeFileSync(join(root, 'osticket.html'), '<!doctype html><title>osTicket</title>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(tmpdir(), 'wizard-outside.txt'), 'secret');
    authentik = await simulator.listen(0);
    server = await startWizardServer({
      root,
      host: '127.0.0.1',
      port: 0,
      portFallback: false,
      demo: () => Promise.resolve({ url: authentik.url, token: DEMO_TOKEN, release: '2025.10' }),
      demoRelease: '2025.10',
      log: (line) => lines.push(line),
    });
  });
  afterAll(async () => {
    await server.close();
    await authentik.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the app under the wizard’s security headers, and its client routes get the page', async () => {
    const page = await get(server.port, '/osticket/review?url=x');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>wizard</title>');
    // The pages the build drew ahead (ADR 0011): the catalog and an app's first step.
    expect((await get(server.port, '/')).body).toContain('<title>catalog</title>');
    expect((await get(server.port, '/osticket?url=x')).body).toContain('<title>osTicket</title>');
    expect((await get(server.port, '/osticket/')).body).toContain('<title>osTicket</title>');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    const asset = await get(server.port, '/assets/index-abc.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get(server.port, '/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the app', async () => {
    for (const path of ['/../wizard-outside.txt', '/%2e%2e/wizard-outside.txt', '/assets/..%2f..%2fwizard-outside.txt']) {
      const answer = await get(server.port, path);
      expect(answer.body).not.toContain('secret');
    }
    expect((await get(server.port, '/', {}, 'POST')).status).toBe(405);
  });

  it('offers the demo of the release given on the command line, and relays to authentik with the proxy’s guards', async () => {
    const info = JSON.parse((await get(server.port, '/__wizard/proxy')).body) as { demo: { url: string; release: string } };
    expect(info.demo).toMatchObject({ url: authentik.url, release: '2025.10' });
    const me = await get(server.port, '/api/v3/core/users/me/', { 'X-Authentik-Base': authentik.url, Authorization: `Bearer ${DEMO_TOKEN}` });
    expect(me.status).toBe(200);
    expect(me.headers['x-wizard-proxy']).toBe('upstream');
    // DNS rebinding and other sites are refused, exactly as under npm start.
    const rebound = await get(server.port, '/api/v3/core/users/me/', { Host: `evil.example:${server.port}`, 'X-Authentik-Base': authentik.url });
    expect(rebound.status).toBe(403);
    const crossSite = await get(server.port, '/api/v3/core/users/me/', { Origin: 'https://evil.example', 'X-Authentik-Base': authentik.url });
    expect(JSON.parse(crossSite.body)).toMatchObject({ wizard_proxy_error: { code: 'forbidden_origin' } });
    expect(lines.join('\n')).not.toContain(DEMO_TOKEN);
  });

  it('says which port is taken when it may not move to the next one', async () => {
    await expect(startWizardServer({ root, host: '127.0.0.1', port: server.port, portFallback: false, demo: false, demoRelease: '2026.8', log: () => undefined })).rejects.toThrow(
      `port ${server.port} is taken by another program; choose another with --port`,
    );
    const next = await startWizardServer({ root, host: '127.0.0.1', port: server.port, portFallback: true, demo: false, demoRelease: '2026.8', log: () => undefined });
    expect(next.port).toBeGreaterThan(server.port);
    await next.close();
  });
});
