/**
 * A browser (or anything else on this computer) that sends a request body slowly must not hold
 * the proxy longer than the one time limit every request has. The limit is shortened here.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAuthentik, fromWizardPage, json, startProxy } from './test-support.ts';
import type { FakeAuthentik, ProxyUnderTest } from './test-support.ts';

const LIMIT_MS = 400;

/** Sends the request head and only part of the body; resolves with the raw answer and when it came. */
function sendPartialBody(port: number, headers: Record<string, string>, declared: number, sent: string): Promise<{ raw: string; afterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let raw = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (raw += chunk));
    socket.on('close', () => resolve({ raw, afterMs: Date.now() - started }));
    socket.on('error', reject);
    const head = Object.entries({ ...headers, 'content-type': 'application/json', 'content-length': String(declared) })
      .map(([name, value]) => `${name}: ${value}`)
      .join('\r\n');
    socket.write(`POST /api/v3/core/transactional/applications/ HTTP/1.1\r\n${head}\r\n\r\n${sent}`);
    // Give up after a generous bound so a hanging proxy fails the test instead of stalling it.
    setTimeout(() => socket.destroy(), LIMIT_MS * 10).unref();
  });
}

describe('the proxy limits how long a request body may take', () => {
  let authentik: FakeAuthentik;
  let proxy: ProxyUnderTest;

  beforeAll(async () => {
    authentik = await fakeAuthentik((_req, res) => json(res, 200, { ok: true }));
    proxy = await startProxy({ timeoutMs: LIMIT_MS });
  });

  afterAll(async () => {
    await proxy.close();
    await authentik.close();
  });

  it('a body that never finishes is refused with request_timeout once the limit is over, and nothing reaches authentik', async () => {
    const { raw, afterMs } = await sendPartialBody(proxy.port, fromWizardPage(proxy, authentik.url), 100, '{"app":');
    expect(raw).toMatch(/^HTTP\/1\.1 408 /);
    expect(raw).toContain('"code":"request_timeout"');
    expect(raw).toContain('did not arrive within 400 ms');
    expect(afterMs).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(afterMs).toBeLessThan(LIMIT_MS * 5);
    expect(authentik.seen).toEqual([]);
    expect(proxy.lines.some((line) => line.includes('408 request_timeout'))).toBe(true);
  });

  it('a body that arrives in time is forwarded as usual', async () => {
    const body = '{"app":1}';
    const { raw } = await sendPartialBody(proxy.port, { ...fromWizardPage(proxy, authentik.url), connection: 'close' }, body.length, body);
    expect(raw).toMatch(/^HTTP\/1\.1 200 /);
    expect(authentik.seen.at(-1)?.body).toBe(body);
  });
});
