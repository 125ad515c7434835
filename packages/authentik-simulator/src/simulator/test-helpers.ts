/**
 * Test helpers: a tiny HTTP client (node:http, so Host and other headers can be set freely) and
 * builders for valid transactional bodies based on the seeded objects.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createSimulator, type Simulator, type SimulatorOptions } from './index.ts';

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  body: any;
}

export interface TestClient {
  call(
    method: string,
    path: string,
    options?: { body?: unknown; rawBody?: string; headers?: Record<string, string>; token?: string | null },
  ): Promise<TestResponse>;
  get(path: string, options?: { headers?: Record<string, string>; token?: string | null }): Promise<TestResponse>;
}

export function clientFor(baseUrl: string, defaultToken: string | null): TestClient {
  const base = new URL(baseUrl);
  const call: TestClient['call'] = (method, path, options = {}) =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      const token = options.token === undefined ? defaultToken : options.token;
      if (token !== null && !('Authorization' in headers)) headers.Authorization = `Bearer ${token}`;
      let payload: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        payload = JSON.stringify(options.body);
        headers['Content-Type'] ??= 'application/json';
      }
      if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload));
      const req = request({ host: base.hostname, port: base.port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
        });
      });
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  return { call, get: (path, options) => call('GET', path, options) };
}

/** pk of a seeded flow by slug. */
export function flowPk(sim: Simulator, slug: string): string {
  const flow = sim.state.flows.find((entry) => entry.slug === slug);
  if (!flow) throw new Error(`no flow ${slug}`);
  return flow.pk;
}

export function keypairPk(sim: Simulator, name: string): string {
  const keypair = sim.state.keypairs.find((entry) => entry.name === name);
  if (!keypair) throw new Error(`no keypair ${name}`);
  return keypair.pk;
}

export function scopePks(sim: Simulator, ...scopes: string[]): string[] {
  return scopes.map((scope) => {
    const mapping = sim.state.scopeMappings.find((entry) => entry.scope_name === scope);
    if (!mapping) throw new Error(`no scope mapping ${scope}`);
    return mapping.pk;
  });
}

export function samlMappingPk(sim: Simulator, managedSuffix: string): string {
  const mapping = sim.state.samlMappings.find((entry) => entry.managed === `goauthentik.io/providers/saml/${managedSuffix}`);
  if (!mapping) throw new Error(`no SAML mapping ${managedSuffix}`);
  return mapping.pk;
}

export const SELF_SIGNED = 'authentik Self-signed Certificate';

/** A complete OAuth2 body like the wizard sends for osTicket. */
export function oauth2Body(sim: Simulator, overrides: { slug?: string; name?: string; provider?: Record<string, unknown> } = {}) {
  const slug = overrides.slug ?? 'osticket';
  return {
    app: { name: overrides.name ?? 'osTicket', slug, policy_engine_mode: 'any', open_in_new_tab: false },
    provider_model: 'authentik_providers_oauth2.oauth2provider',
    provider: {
      name: `Provider for ${overrides.name ?? 'osTicket'}`,
      authorization_flow: flowPk(sim, 'default-provider-authorization-implicit-consent'),
      invalidation_flow: flowPk(sim, 'default-provider-invalidation-flow'),
      client_type: 'confidential',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: [{ matching_mode: 'strict', url: 'https://osticket.company/api/auth/oauth2', redirect_uri_type: 'authorization' }],
      signing_key: keypairPk(sim, SELF_SIGNED),
      sub_mode: 'hashed_user_id',
      issuer_mode: 'per_provider',
      include_claims_in_id_token: true,
      property_mappings: scopePks(sim, 'openid', 'email', 'profile'),
      access_code_validity: 'minutes=1',
      access_token_validity: 'minutes=5',
      refresh_token_validity: 'days=30',
      ...overrides.provider,
    },
  };
}

/** A complete SAML body like the wizard sends for YouTrack. */
export function samlBody(sim: Simulator, overrides: { slug?: string; name?: string; provider?: Record<string, unknown> } = {}) {
  const slug = overrides.slug ?? 'youtrack';
  return {
    app: { name: overrides.name ?? 'YouTrack', slug, policy_engine_mode: 'any' },
    provider_model: 'authentik_providers_saml.samlprovider',
    provider: {
      name: `Provider for ${overrides.name ?? 'YouTrack'}`,
      authorization_flow: flowPk(sim, 'default-provider-authorization-explicit-consent'),
      invalidation_flow: flowPk(sim, 'default-provider-invalidation-flow'),
      acs_url: 'https://youtrack.company/hub/api/rest/saml2/acs',
      audience: 'https://youtrack.company/hub',
      issuer_override: '',
      sp_binding: 'post',
      signing_kp: keypairPk(sim, SELF_SIGNED),
      sign_assertion: true,
      sign_response: false,
      name_id_mapping: samlMappingPk(sim, 'username'),
      property_mappings: [samlMappingPk(sim, 'email'), samlMappingPk(sim, 'name'), samlMappingPk(sim, 'groups')],
      ...overrides.provider,
    },
  };
}

export const TRANSACTIONAL = '/api/v3/core/transactional/applications/';

/**
 * One simulator on an ephemeral port for a test file, reset before each test unless told
 * otherwise; `client` speaks to it as the seeded superuser.
 */
export function serveSimulatorForTests(options?: SimulatorOptions, { resetEachTest = true } = {}): { sim: Simulator; client: TestClient } {
  const sim = createSimulator(options);
  let server: Awaited<ReturnType<Simulator['listen']>> | undefined;
  let inner: TestClient | undefined;
  const ready = () => {
    if (!inner) throw new Error('the simulator is not listening yet');
    return inner;
  };
  beforeAll(async () => {
    server = await sim.listen(0);
    inner = clientFor(server.url, sim.tokens.superuser);
  });
  afterAll(() => server?.close());
  if (resetEachTest) beforeEach(() => sim.reset());
  return { sim, client: { call: (...args) => ready().call(...args), get: (...args) => ready().get(...args) } };
}
