/**
 * Shared end-to-end fixtures: every worker runs its own authentik simulator on a loopback port,
 * reset before each test; the built app reaches it through the local proxy, as an admin's
 * browser would reach a real authentik.
 *
 * Around every test, suite-wide guarantees are asserted:
 * - nothing the app sent, and nothing the simulator answered, strays from the official schema;
 * - no secret (API token, client secret) appears in a URL, in storage (sessionStorage only when
 *   the test opted in), in console output, or in any request but an API call to the app's own origin;
 * - the app makes no third-party request and violates no Content-Security-Policy.
 */
import { test as base, expect, type Request } from '@playwright/test';
import { createSimulator, DEMO_TOKEN, type ReleaseId, type Simulator } from 'authentik-simulator';

interface RunningSimulator {
  simulator: Simulator;
  url: string;
}
interface WorkerFixtures {
  /** The worker's simulators, one per release, each started when a test first asks for it. */
  simulatorPool: (release: ReleaseId) => Promise<RunningSimulator>;
}
interface TestFixtures {
  /**
   * The authentik release the test's simulator speaks (default 2026.8). Per file or describe:
   * `test.use({ authentikRelease: '2025.10' })`.
   */
  authentikRelease: ReleaseId;
  simulatorServer: RunningSimulator;
  simulator: Simulator;
  authentikUrl: string;
  /** Set with test.use() in the one story where the admin opts in to "remember in this tab". */
  tokenMayBeInSessionStorage: boolean;
}

function secretsOf(simulator: Simulator): string[] {
  const clientSecrets = simulator.state.providers.flatMap((provider) =>
    provider.kind === 'oauth2' && provider.client_secret ? [provider.client_secret] : [],
  );
  return [simulator.tokens.superuser, simulator.tokens.regular, simulator.tokens.expired, DEMO_TOKEN, ...clientSecrets];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  simulatorPool: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const running = new Map<ReleaseId, Promise<RunningSimulator & { close(): Promise<void> }>>();
      await use(async (release) => {
        let entry = running.get(release);
        if (!entry) {
          const simulator = createSimulator({ validateResponses: true, release });
          entry = simulator.listen(0).then((listening) => ({ simulator, url: listening.url, close: listening.close }));
          running.set(release, entry);
        }
        return entry;
      });
      for (const entry of running.values()) await (await entry).close();
    },
    { scope: 'worker' },
  ],
  authentikRelease: ['2026.8', { option: true }],
  simulatorServer: async ({ simulatorPool, authentikRelease }, use) => {
    await use(await simulatorPool(authentikRelease));
  },
  tokenMayBeInSessionStorage: [false, { option: true }],
  simulator: async ({ simulatorServer }, use) => {
    simulatorServer.simulator.reset();
    simulatorServer.simulator.faults.clear();
    const before = simulatorServer.simulator.violations.length;
    await use(simulatorServer.simulator);
    expect(simulatorServer.simulator.violations.slice(before), 'requests and responses outside the official schema').toEqual([]);
  },
  authentikUrl: async ({ simulatorServer }, use) => {
    await use(simulatorServer.url);
  },
  page: async ({ page, simulator, baseURL, tokenMayBeInSessionStorage }, use) => {
    const appOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const consoleLines: string[] = [];
    const requests: { url: string; authorization: string | undefined; postData: string | null }[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    page.on('pageerror', (error) => consoleLines.push(String(error)));
    page.on('request', (request: Request) =>
      requests.push({ url: request.url(), authorization: request.headers().authorization, postData: request.postData() }),
    );

    await use(page);

    // Plain string searches first, one assertion per finding: an audit makes thousands of requests
    // against hundreds of client secrets, and an expect() per pair would dominate the test's time.
    const secrets = secretsOf(simulator);
    const leaked = (text: string | null | undefined) => (text ? secrets.find((secret) => text.includes(secret)) : undefined);
    for (const request of requests) {
      const url = new URL(request.url);
      if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
      if (url.origin !== appOrigin) expect(url.origin, `third-party request to ${request.url}`).toBe(appOrigin);
      expect(leaked(request.url), 'a secret in a request URL').toBeUndefined();
      expect(leaked(request.postData), 'a secret in a request body').toBeUndefined();
      if (request.authorization) expect(url.pathname.startsWith('/api/v3/'), `Authorization sent to ${url.pathname}`).toBe(true);
    }
    for (const line of consoleLines) {
      expect(line, 'Content-Security-Policy violation').not.toMatch(/Content Security Policy/i);
      expect(leaked(line), 'a secret in console output').toBeUndefined();
    }
    for (const open of page.context().pages()) {
      if (open.isClosed()) continue;
      expect(leaked(open.url()), 'a secret in the address bar').toBeUndefined();
      const storage = await open
        .evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }))
        .catch(() => null);
      if (!storage) continue;
      expect(leaked(storage.local), 'a secret in localStorage').toBeUndefined();
      if (!tokenMayBeInSessionStorage) expect(leaked(storage.session), 'a secret in sessionStorage').toBeUndefined();
    }
  },
});

export { expect };
