// @vitest-environment jsdom
/**
 * "Another app (SAML)" created from an SP's metadata, against the simulator: the pair carries
 * exactly the metadata's values, its certificates become certificate-only keypairs right before
 * the pair (reused when identical), and a user who may not create keypairs is never asked to.
 */
import '../../../app/node-buffers.support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthentikClient, unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import { capabilities } from '../../../lib/authentik/releases';
import { certificatePem, parseSpMetadata } from '../../../lib/saml-metadata/parse';
import { metadataSettings } from '../../../lib/saml-metadata/settings';
import { ENCRYPTION_CERT, SIGNING_CERT, SP_METADATA } from '../../../lib/saml-metadata/test-fixtures';
import { createSimulator } from '../../../server/simulator/index';
import { catalog } from '../../../integrations/registry';
import { compileIntegration } from '../engine/compile';
import { resolveContext } from '../engine/resolve-context';
import type { IntegrationDefinition } from '../engine/types';
import { discover } from './discovery';
import { createOnce } from './create-pair';
import { ensureSpKeypairs, sha256Fingerprint } from './sp-keypairs';
import { applySpMetadata } from '../protocols/saml/metadata-request';

const simulator = createSimulator();
let listening: Awaited<ReturnType<typeof simulator.listen>>;
let definition: IntegrationDefinition;

beforeAll(async () => {
  listening = await simulator.listen(0);
  const entry = catalog.find((item) => item.id === 'generic-saml')!;
  definition = compileIntegration(entry, (await entry.load()).default);
});
afterAll(() => listening.close());
beforeEach(() => simulator.reset());

const metadata = () => {
  const parsed = parseSpMetadata(SP_METADATA, new DOMParser());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.metadata;
};

async function createFromMetadata(client: AuthentikClient, name: string, mayCreateKeypairs: boolean) {
  const found = metadata();
  const inputs = definition.inputs.parse({ name, acs: found.acs!.url, entity: found.entityId });
  const release = capabilities(simulator.release);
  const resolved = resolveContext(definition, await discover(client, definition, release), {}, { release, base: listening.url });
  const context = { ...resolved.context!, spMetadata: metadataSettings(found, mayCreateKeypairs)! };
  return createOnce(client, { definition, inputs, identity: definition.identity(inputs), context }, false);
}

const keypairPosts = () =>
  simulator.requests.filter((request) => request.method === 'POST' && request.path.startsWith('/api/v3/crypto/certificatekeypairs/'));

describe('an admin creates “Another app (SAML)” from the SP’s metadata', () => {
  it('the pair carries exactly the metadata’s values, and its two certificates are certificate-only keypairs named after the app', async () => {
    const client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
    const pair = await createFromMetadata(client, 'Team Notes', true);
    expect(pair.provider).toMatchObject({
      acs_url: 'https://wiki.company/saml/acs',
      audience: 'https://wiki.company/saml/metadata?tenant=acme&v=2',
      sp_binding: 'post',
      sign_assertion: true,
      default_name_id_policy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      sls_url: 'https://wiki.company/saml/slo',
      sls_binding: 'redirect',
    });
    const keypairs = (await unwrap(client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page_size: 100 } } }))).results;
    const verification = keypairs.find((keypair) => keypair.pk === (pair.provider as { verification_kp?: string }).verification_kp);
    const encryption = keypairs.find((keypair) => keypair.pk === (pair.provider as { encryption_kp?: string }).encryption_kp);
    expect(verification).toMatchObject({
      name: 'Team Notes: SP signing certificate',
      private_key_available: false,
      fingerprint_sha256: await sha256Fingerprint(SIGNING_CERT),
    });
    expect(encryption).toMatchObject({
      name: 'Team Notes: SP encryption certificate',
      private_key_available: false,
      fingerprint_sha256: await sha256Fingerprint(ENCRYPTION_CERT),
    });
    // Created before the pair: both keypair POSTs precede the transactional PUT.
    const order = simulator.requests.map((request) => `${request.method} ${request.path}`);
    expect(order.findIndex((line) => line.startsWith('POST /api/v3/crypto/certificatekeypairs/'))).toBeLessThan(
      order.findIndex((line) => line.startsWith('PUT /api/v3/core/transactional/')),
    );
    expect(simulator.violations).toEqual([]);
  });

  it('a second app from the same metadata reuses the identical keypairs instead of making new ones', async () => {
    const client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
    const first = await createFromMetadata(client, 'Team Notes', true);
    const second = await createFromMetadata(client, 'Team Notes Staging', true);
    expect(keypairPosts()).toHaveLength(2);
    expect((second.provider as { verification_kp?: string }).verification_kp).toBe((first.provider as { verification_kp?: string }).verification_kp);
    expect((second.provider as { encryption_kp?: string }).encryption_kp).toBe((first.provider as { encryption_kp?: string }).encryption_kp);
  });

  it('a user who may not create keypairs is never asked to: nothing is written, an identical keypair already in authentik is still used', async () => {
    const alice = simulator.state.users.find((user) => !user.isSuperuser)!;
    alice.permissions = ['authentik_crypto.view_certificatekeypair'];
    const client = createAuthentikClient({ base: listening.url, token: simulator.tokens.regular, mode: 'direct' });
    const settings = metadataSettings(metadata(), false)!;
    expect(await ensureSpKeypairs(client, settings, 'Team Notes')).toEqual({ verification: null, encryption: null });
    expect(keypairPosts()).toEqual([]);
    // The admin uploads the signing certificate; the same user now finds and uses it, still writing nothing.
    const admin = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
    const uploaded = await unwrap(
      admin.api.POST('/crypto/certificatekeypairs/', { body: { name: 'SP signing', certificate_data: certificatePem(SIGNING_CERT) } }),
    );
    expect(await ensureSpKeypairs(client, settings, 'Team Notes')).toEqual({ verification: uploaded.pk, encryption: null });
    expect(keypairPosts()).toHaveLength(1);
    // And the request then omits what is missing rather than sending a placeholder.
    const release = capabilities(simulator.release);
    const provider = applySpMetadata({}, { ...settings, keypairs: { verification: uploaded.pk, encryption: null } }, release);
    expect(provider).toMatchObject({ verification_kp: uploaded.pk });
    expect(provider).not.toHaveProperty('encryption_kp');
  });

  it('the simulator refuses a certificate it cannot load, as authentik does', async () => {
    const client = createAuthentikClient({ base: listening.url, token: simulator.tokens.superuser, mode: 'direct' });
    const refused = await unwrap(
      client.api.POST('/crypto/certificatekeypairs/', { body: { name: 'x', certificate_data: certificatePem(SIGNING_CERT.slice(0, 100)) } }),
    ).catch((error: unknown) => error);
    expect(refused).toMatchObject({ problem: { kind: 'validation', fields: { certificate_data: ['Unable to load certificate.'] } } });
  });
});
