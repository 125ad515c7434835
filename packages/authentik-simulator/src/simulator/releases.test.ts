/**
 * The simulator speaks each authentik release 2025.4 … 2026.8: version, field names, defaults,
 * computed URLs, and unknown body fields dropped as Django REST framework drops them (recorded in
 * strictViolations, never in violations). Every answer is validated against that release's schema.
 */
import { describe, expect, it } from 'vitest';
import { RELEASES } from '../releases.ts';
import type { ReleaseId } from '../releases.ts';
import { RELEASE_VERSIONS } from './seed.ts';
import type { TestClient } from './test-helpers.ts';
import { SELF_SIGNED, TRANSACTIONAL, keypairPk, oauth2Body, samlBody, serveSimulatorForTests } from './test-helpers.ts';
import type { Simulator } from './index.ts';

const CERT_ONLY_EC = 'SP signing certificate (imported)';

function serve(release: ReleaseId) {
  const served = serveSimulatorForTests({ release, validateResponses: true });
  const { sim, client } = served;
  const put = (body: unknown) => client.call('PUT', TRANSACTIONAL, { body });
  const provider = async (kind: 'oauth2' | 'saml', slug: string) => {
    const app = await client.get(`/api/v3/core/applications/${slug}/`);
    expect(app.status).toBe(200);
    const res = await client.get(`/api/v3/providers/${kind}/${app.body.provider}/`);
    expect(res.status).toBe(200);
    return res.body;
  };
  return { sim, client, put, provider };
}

function droppedPointers(sim: Simulator): string[] {
  return sim.strictViolations.flatMap((violation) => violation.issues.map((issue) => issue.pointer));
}

async function walkEverything(sim: Simulator, client: TestClient) {
  const oauth2 = await client.call('PUT', TRANSACTIONAL, { body: oauth2Body(sim) });
  expect(oauth2.body).toEqual({ applied: true, logs: [] });
  const saml = await client.call('PUT', TRANSACTIONAL, { body: samlBody(sim) });
  expect(saml.body).toEqual({ applied: true, logs: [] });
  const paths = [
    '/api/v3/admin/version/',
    '/api/v3/admin/settings/',
    '/api/v3/core/users/me/',
    '/api/v3/flows/instances/?designation=authorization',
    '/api/v3/crypto/certificatekeypairs/?has_key=true',
    '/api/v3/crypto/certificatekeypairs/',
    '/api/v3/propertymappings/provider/scope/',
    '/api/v3/propertymappings/provider/saml/',
    '/api/v3/core/applications/',
    '/api/v3/core/applications/osticket/',
    '/api/v3/core/applications/youtrack/',
    '/api/v3/providers/all/',
    '/api/v3/providers/oauth2/1/',
    '/api/v3/providers/oauth2/1/setup_urls/',
    '/api/v3/providers/saml/2/',
    '/api/v3/providers/saml/2/metadata/',
    '/api/v3/events/events/',
  ];
  for (const path of paths) expect((await client.get(path)).status, path).toBe(200);
}

describe.each(RELEASES)('authentik %s', (release) => {
  const { sim, client } = serve(release);

  it('reports its version and answers every endpoint the wizard uses inside that release’s schema', async () => {
    expect(sim.release).toBe(release);
    const version = await client.get('/api/v3/admin/version/');
    expect(version.body.version_current).toBe(RELEASE_VERSIONS[release]);
    expect(version.body.version_current.startsWith(`${release}.`)).toBe(true);
    await walkEverything(sim, client);
    expect(sim.violations).toEqual([]);
  });
});

describe('keypairs', () => {
  describe('before 2025.12 (2025.10): private_key_type, and ?key_type= is ignored', () => {
    const { sim, client } = serve('2025.10');
    it('names the type private_key_type, null without a private key', async () => {
      const res = await client.get('/api/v3/crypto/certificatekeypairs/');
      const byName = Object.fromEntries(res.body.results.map((kp: Record<string, unknown>) => [kp.name, kp]));
      expect(byName[SELF_SIGNED]).toMatchObject({ private_key_type: 'rsa' });
      expect(byName[SELF_SIGNED]).not.toHaveProperty('key_type');
      expect(byName[CERT_ONLY_EC]).toMatchObject({ private_key_type: null, private_key_available: false });
      expect(sim.violations).toEqual([]);
    });

    it('does not filter by key_type (and records the parameter as unknown)', async () => {
      const all = await client.get('/api/v3/crypto/certificatekeypairs/');
      const filtered = await client.get('/api/v3/crypto/certificatekeypairs/?key_type=rsa');
      expect(filtered.body.results.map((kp: { name: string }) => kp.name)).toEqual(all.body.results.map((kp: { name: string }) => kp.name));
      expect(filtered.body.results.some((kp: { name: string }) => kp.name === CERT_ONLY_EC)).toBe(true);
      expect(droppedPointers(sim)).toEqual(['key_type']);
      expect(sim.violations).toEqual([]);
    });

    it('include_details=false nulls fingerprints, expiry, subject and type', async () => {
      const res = await client.get('/api/v3/crypto/certificatekeypairs/?include_details=false');
      expect(res.body.results[0]).toMatchObject({
        fingerprint_sha256: null,
        fingerprint_sha1: null,
        cert_expiry: null,
        cert_subject: null,
        private_key_type: null,
      });
      expect(sim.violations).toEqual([]);
    });
  });

  describe('2025.12: key_type, and the filter works', () => {
    const { sim, client } = serve('2025.12');
    it('names the type key_type (from the certificate) and filters by it', async () => {
      const all = await client.get('/api/v3/crypto/certificatekeypairs/');
      const certOnly = all.body.results.find((kp: { name: string }) => kp.name === CERT_ONLY_EC);
      expect(certOnly).toMatchObject({ key_type: 'ec' });
      expect(certOnly).not.toHaveProperty('private_key_type');
      const rsa = await client.get('/api/v3/crypto/certificatekeypairs/?key_type=rsa');
      expect(rsa.body.results.every((kp: { key_type: string }) => kp.key_type === 'rsa')).toBe(true);
      expect(rsa.body.results.length).toBeLessThan(all.body.results.length);
      expect(sim.strictViolations).toEqual([]);
    });
  });

  describe('2026.2: include_details is gone', () => {
    const { sim, client } = serve('2026.2');
    it('ignores include_details=false', async () => {
      const res = await client.get('/api/v3/crypto/certificatekeypairs/?include_details=false');
      expect(res.body.results[0].fingerprint_sha256).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2})+$/);
      expect(droppedPointers(sim)).toEqual(['include_details']);
      expect(sim.violations).toEqual([]);
    });
  });
});

describe('OAuth2 grant_types', () => {
  describe('2025.10: no such field', () => {
    const { sim, put, provider } = serve('2025.10');
    it('drops a sent grant_types (and redirect_uri_type) and answers without them', async () => {
      expect((await put(oauth2Body(sim))).body).toEqual({ applied: true, logs: [] });
      const body = await provider('oauth2', 'osticket');
      expect(body).not.toHaveProperty('grant_types');
      expect(body.redirect_uris).toEqual([{ matching_mode: 'strict', url: 'https://osticket.company/api/auth/oauth2' }]);
      expect(droppedPointers(sim)).toEqual(['/provider/grant_types', '/provider/redirect_uris/0/redirect_uri_type']);
      expect(sim.violations).toEqual([]);
    });

    it('allows every grant: a code flow starts without grant_types', async () => {
      await put(oauth2Body(sim, { provider: { grant_types: undefined, client_id: 'legacy' } }));
      const res = await serveClientGet(
        sim,
        '/application/o/authorize/?client_id=legacy&response_type=code&redirect_uri=https://osticket.company/api/auth/oauth2',
      );
      expect(res).toMatch(/^\/flows\/-\/default\/authentication\//);
    });
  });

  describe('2026.5: a field that must be sent', () => {
    const { sim, put, provider } = serve('2026.5');
    it('omitted, it is [] (no login works); sent, it is kept', async () => {
      await put(oauth2Body(sim, { provider: { grant_types: undefined } }));
      expect((await provider('oauth2', 'osticket')).grant_types).toEqual([]);
      await put(oauth2Body(sim, { slug: 'second', name: 'Second' }));
      expect((await provider('oauth2', 'second')).grant_types).toEqual(['authorization_code', 'refresh_token']);
      expect(sim.strictViolations).toEqual([]);
      expect(sim.violations).toEqual([]);
    });
  });

  describe('2025.8: backchannel_logout_uri', () => {
    const { sim, put, provider } = serve('2025.8');
    it('keeps backchannel_logout_uri and drops logout_uri', async () => {
      await put(oauth2Body(sim, { provider: { backchannel_logout_uri: 'https://osticket.company/bcl', logout_uri: 'https://osticket.company/lo' } }));
      const body = await provider('oauth2', 'osticket');
      expect(body.backchannel_logout_uri).toBe('https://osticket.company/bcl');
      expect(body).not.toHaveProperty('logout_uri');
      expect(droppedPointers(sim)).toContain('/provider/logout_uri');
      expect(sim.violations).toEqual([]);
    });
  });
});

describe('SAML issuer, URLs and sp_binding', () => {
  describe('2025.10: issuer field, default "authentik"; sp_binding defaults to redirect', () => {
    const { sim, client, put, provider } = serve('2025.10');
    it('without issuer the entity ID is "authentik", in the API and in the metadata', async () => {
      await put(samlBody(sim, { provider: { issuer_override: undefined, sp_binding: undefined } }));
      const body = await provider('saml', 'youtrack');
      expect(body.issuer).toBe('authentik');
      expect(body.sp_binding).toBe('redirect');
      expect(body).not.toHaveProperty('url_issuer');
      expect(body).not.toHaveProperty('url_unified');
      expect(body.url_sso_redirect).toMatch(/\/application\/saml\/youtrack\/sso\/binding\/redirect\/$/);
      const metadata = await client.get(`/api/v3/providers/saml/${body.pk}/metadata/`);
      expect(metadata.body.metadata).toContain('entityID="authentik"');
      expect(sim.violations).toEqual([]);
    });

    it('issuer sets the entity ID; issuer_override is dropped', async () => {
      await put(samlBody(sim, { provider: { issuer: 'https://ak.company/application/saml/youtrack/metadata/', issuer_override: 'ignored' } }));
      const body = await provider('saml', 'youtrack');
      expect(body.issuer).toBe('https://ak.company/application/saml/youtrack/metadata/');
      expect(body).not.toHaveProperty('issuer_override');
      expect(droppedPointers(sim)).toEqual(['/provider/issuer_override']);
      const metadata = await client.get(`/api/v3/providers/saml/${body.pk}/metadata/`);
      expect(metadata.body.metadata).toContain('entityID="https://ak.company/application/saml/youtrack/metadata/"');
    });

    it('accepts any signing key type (no RSA/EC/DSA check yet)', async () => {
      const ed = addEd25519Keypair(sim);
      const res = await put(samlBody(sim, { provider: { signing_kp: ed } }));
      expect(res.body).toEqual({ applied: true, logs: [] });
    });

    it('refuses an application slug over 50 characters', async () => {
      const res = await put(samlBody(sim, { slug: 'a'.repeat(51) }));
      expect(res.body).toEqual({ app: { slug: ['Ensure this field has no more than 50 characters.'] } });
    });
  });

  describe('2025.12: sp_binding defaults to post, signing keys are checked, long slugs are fine', () => {
    const { sim, put, provider } = serve('2025.12');
    it('defaults sp_binding to post', async () => {
      await put(samlBody(sim, { provider: { issuer_override: undefined, sp_binding: undefined } }));
      expect((await provider('saml', 'youtrack')).sp_binding).toBe('post');
    });

    it('refuses an ed25519 signing key', async () => {
      const ed = addEd25519Keypair(sim);
      const res = await put(samlBody(sim, { provider: { signing_kp: ed } }));
      expect(res.body).toEqual({ provider: { signing_kp: ['Only RSA, EC, and DSA key types are supported for SAML signing.'] } });
    });

    it('accepts a 51-character slug', async () => {
      const res = await put(samlBody(sim, { slug: 'a'.repeat(51), provider: { issuer_override: undefined } }));
      expect(res.body).toEqual({ applied: true, logs: [] });
    });
  });

  describe('2026.5: issuer_override and computed url_issuer', () => {
    const { sim, client, put, provider } = serve('2026.5');
    it('without override the issuer is the metadata URL; issuer is dropped', async () => {
      await put(samlBody(sim, { provider: { issuer: 'authentik' } }));
      const body = await provider('saml', 'youtrack');
      expect(body.url_issuer).toMatch(/\/application\/saml\/youtrack\/metadata\/$/);
      expect(body.url_unified).toMatch(/\/application\/saml\/youtrack\/$/);
      expect(body.issuer_override).toBe('');
      expect(body).not.toHaveProperty('issuer');
      expect(droppedPointers(sim)).toEqual(['/provider/issuer']);
      const metadata = await client.get(`/api/v3/providers/saml/${body.pk}/metadata/`);
      expect(metadata.body.metadata).toContain(`entityID="${body.url_issuer}"`);
      expect(sim.violations).toEqual([]);
    });
  });
});

describe('other release differences', () => {
  describe('2025.6', () => {
    const { sim, client, put } = serve('2025.6');
    it('leaves out assigned_backchannel_* when unset, has no roles, no dcr_registration', async () => {
      await put(oauth2Body(sim));
      const all = await client.get('/api/v3/providers/all/');
      expect(all.body.results[0]).not.toHaveProperty('assigned_backchannel_application_slug');
      expect(all.body.results[0].assigned_application_slug).toBe('osticket');
      const me = await client.get('/api/v3/core/users/me/');
      expect(me.body.user).not.toHaveProperty('roles');
      expect(me.body.user).not.toHaveProperty('is_current');
      const urls = await client.get('/api/v3/providers/oauth2/1/setup_urls/');
      expect(urls.body).not.toHaveProperty('dcr_registration');
      expect(sim.violations).toEqual([]);
    });
  });

  describe('2025.8', () => {
    const { sim, client, put } = serve('2025.8');
    it('answers assigned_backchannel_* as null when unset', async () => {
      await put(oauth2Body(sim));
      const all = await client.get('/api/v3/providers/all/');
      expect(all.body.results[0]).toMatchObject({ assigned_backchannel_application_slug: null, assigned_backchannel_application_name: null });
      expect(sim.violations).toEqual([]);
    });
  });

  describe('2026.8', () => {
    const { sim, client, put } = serve('2026.8');
    it('has roles, is_current and dcr_registration', async () => {
      await put(oauth2Body(sim));
      const me = await client.get('/api/v3/core/users/me/');
      expect(me.body.user).toMatchObject({ roles: [], is_current: true });
      const urls = await client.get('/api/v3/providers/oauth2/1/setup_urls/');
      expect(urls.body).toHaveProperty('dcr_registration');
      expect(sim.violations).toEqual([]);
    });
  });
});

function addEd25519Keypair(sim: Simulator): string {
  const keypair = sim.state.keypairs.find((entry) => entry.pk === keypairPk(sim, SELF_SIGNED))!;
  const pk = '5a0cbf7e-3c0e-4d6b-9d51-0d1f0f4b2a11';
  sim.state.keypairs.push({ ...keypair, pk, name: 'ed25519 key', keyType: 'ed25519' });
  return pk;
}

/** The Location of a public GET, through the simulator's own handler. */
async function serveClientGet(sim: Simulator, path: string): Promise<string | undefined> {
  const server = await sim.listen(0);
  try {
    const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
    return res.headers.get('location') ?? undefined;
  } finally {
    await server.close();
  }
}
