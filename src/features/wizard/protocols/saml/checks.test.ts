import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuthentikApiError } from '../../../../lib/authentik/problem';
import {
  acsUrlCheck,
  audienceCheck,
  relayStateCheck,
  samlSigningCheck,
  spBindingCheck,
  evaluateAcsUrl,
  evaluateAudience,
  evaluateCertificate,
  evaluateEntityId,
  evaluateRelayState,
  evaluateSamlSigning,
  evaluateSpBinding,
  metadataCertificateCheck,
  metadataEntityIdCheck,
  metadataUrl,
} from './checks';
import { certificateFingerprint, readSamlMetadata } from './metadata';
import { BASE, fakeContext, keypair, oidcPair, samlPair } from '../../engine/checks/test-fixtures';

const isOurs = (acs: string) => acs.endsWith('/replace-me');

/**
 * What a verdict decides — its status, and the fix it offers (the patch, and each field's before and
 * after) — compared exactly. Its wording lives in checks.ts alone: here a verdict only has to name
 * the values the admin must see.
 */
function decided(
  result: { status: string; expected?: string; actual?: string; detail?: string; fix?: { patch: unknown; describe: unknown } },
  ...mentions: string[]
) {
  const said = [result.expected, result.actual, result.detail].filter((text) => text !== undefined).join('\n');
  for (const value of mentions) expect(said, `the verdict names ${value}`).toContain(value);
  return result.fix ? { status: result.status, fix: { patch: result.fix.patch, describe: result.fix.describe } } : { status: result.status };
}

describe('ACS URL', () => {
  it('passes on the app host', () => {
    expect(evaluateAcsUrl('https://sp.example.com/saml/acs', { isPlaceholder: isOurs, host: 'sp.example.com' }).status).toBe('pass');
  });

  it.each([
    ['https://sp.example.com/replace-me', /placeholder/],
    ['https://temp.temp', /placeholder/],
    ['https://placeholder.com', /placeholder/],
    ['http://sp.example.com/saml/acs', /plain http/],
    ['https://evil.example.net/saml/acs', /not to the app/],
    ['', /not a URL/],
  ])('fails for %j', (acs, detail) => {
    const result = evaluateAcsUrl(acs, { isPlaceholder: isOurs, host: 'sp.example.com' });
    expect(result.status).toBe('fail');
    expect(result.detail).toMatch(detail);
    expect(result.fix).toBeUndefined();
  });
});

describe('audience, binding, signing and relay state', () => {
  it('needs an audience', () => {
    expect(evaluateAudience('https://sp/saml').status).toBe('pass');
    expect(evaluateAudience('').status).toBe('fail');
  });

  it('wants Post and offers to switch', () => {
    expect(evaluateSpBinding('post').status).toBe('pass');
    const result = evaluateSpBinding('redirect');
    expect(result).toMatchObject({ status: 'fail', actual: 'Redirect' });
    expect(result.fix?.patch).toEqual({ sp_binding: 'post' });
  });

  it('needs a signing certificate and something signed', () => {
    expect(evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: true, sign_response: false }, keypair).status).toBe('pass');
    expect(evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: false, sign_response: true }, keypair).status).toBe('pass');
    const none = evaluateSamlSigning({ signing_kp: null, sign_assertion: true }, null);
    expect(none.status).toBe('fail');
    expect(none.fix).toBeUndefined();
    const unsigned = evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: false, sign_response: false }, keypair);
    expect(unsigned.fix?.patch).toEqual({ sign_assertion: true });
  });

  it('accepts an empty relay state or one on the app host', () => {
    expect(evaluateRelayState('', 'sp.example.com').status).toBe('pass');
    expect(evaluateRelayState('https://sp.example.com/dash', 'sp.example.com').status).toBe('pass');
    const foreign = evaluateRelayState('https://elsewhere.example.net/', 'sp.example.com');
    expect(foreign.status).toBe('fail');
    expect(foreign.fix?.patch).toEqual({ default_relay_state: '' });
  });
});

const DER = Buffer.from('a certificate, for the test only');
const FINGERPRINT = [...createHash('sha256').update(DER).digest()].map((b) => b.toString(16).padStart(2, '0')).join(':');
const metadata = (entityId: string, cert = DER.toString('base64')) =>
  `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}"><md:IDPSSODescriptor>` +
  `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>\n${cert.replace(/(.{16})/g, '$1\n')}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
  `<md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>ZW5j</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
  `</md:IDPSSODescriptor></md:EntityDescriptor>`;

describe('SAML metadata', () => {
  it('reads the entity ID and only the signing certificates', () => {
    const facts = readSamlMetadata(metadata('https://ak/application/saml/sp/metadata/?a=1&amp;b=2'));
    expect(facts.entityId).toBe('https://ak/application/saml/sp/metadata/?a=1&b=2');
    expect(facts.signingCertificates).toEqual([DER.toString('base64')]);
    expect(
      readSamlMetadata("<EntityDescriptor entityID='x'><KeyDescriptor><X509Certificate>QQ==</X509Certificate></KeyDescriptor></EntityDescriptor>"),
    ).toEqual({
      entityId: 'x',
      signingCertificates: ['QQ=='],
    });
  });

  it('computes the SHA-256 fingerprint like authentik writes it', async () => {
    expect(await certificateFingerprint(DER.toString('base64'))).toBe(FINGERPRINT);
  });

  it('compares the entity ID', () => {
    expect(evaluateEntityId({ entityId: 'a', signingCertificates: [] }, 'a').status).toBe('pass');
    expect(evaluateEntityId({ entityId: 'b', signingCertificates: [] }, 'a')).toMatchObject({ status: 'fail', expected: 'a', actual: 'b' });
    expect(evaluateEntityId({ entityId: null, signingCertificates: [] }, 'a').status).toBe('fail');
  });

  it('compares fingerprints whatever their spelling', () => {
    const key = { ...keypair, fingerprint_sha256: FINGERPRINT };
    expect(evaluateCertificate([FINGERPRINT.toUpperCase()], key.pk, key).status).toBe('pass');
    expect(evaluateCertificate([keypair.fingerprint_sha256!], key.pk, key).status).toBe('fail');
    expect(evaluateCertificate([], key.pk, key).status).toBe('fail');
    expect(evaluateCertificate([FINGERPRINT], key.pk, null).status).toBe('unknown');
  });

  it('fetches the public metadata once for both checks', async () => {
    const pair = samlPair({}, 'https://sp.example.com');
    const url = metadataUrl(BASE, 'sp');
    expect(url).toBe(`${BASE}/application/saml/sp/metadata/`);
    const keyed = { ...pair, signingKey: { ...keypair, fingerprint_sha256: FINGERPRINT } };
    const { ctx, calls } = fakeContext(keyed, { public: { [url]: metadata(pair.provider.url_issuer) } });
    const [entity, certificate] = await Promise.all([
      metadataEntityIdCheck({ expectedEntityId: (p) => p.provider.url_issuer }).run(ctx),
      metadataCertificateCheck().run(ctx),
    ]);
    expect(entity.status).toBe('pass');
    expect(certificate.status).toBe('pass');
    expect(calls).toHaveLength(1);
  });

  it('fails when authentik serves no metadata for the slug', async () => {
    const pair = samlPair();
    const { ctx } = fakeContext(pair, {
      public: { [metadataUrl(BASE, 'sp')]: new AuthentikApiError({ kind: 'not-authentik', status: 404, contentType: 'text/html' }) },
    });
    expect(await metadataEntityIdCheck({ expectedEntityId: () => 'x' }).run(ctx)).toMatchObject({ status: 'fail', actual: 'HTTP 404' });
  });
});

describe('the SAML checks as the admin reads them in the list', () => {
  const host = () => 'sp.example.com';
  const made = () => [
    acsUrlCheck({ isPlaceholder: isOurs, host }),
    audienceCheck(),
    spBindingCheck(),
    samlSigningCheck(),
    relayStateCheck({ host }),
    metadataEntityIdCheck({ expectedEntityId: () => 'https://sp.example.com' }),
    metadataCertificateCheck(),
  ];

  it('each has its id, the fields it looks at, a title and a reason', () => {
    const checks = made();
    expect(checks.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: 'acs-url', fields: ['acs_url'] },
      { id: 'audience', fields: ['audience'] },
      { id: 'sp-binding', fields: undefined },
      { id: 'saml-signing', fields: undefined },
      { id: 'relay-state', fields: undefined },
      { id: 'metadata-entity-id', fields: undefined },
      { id: 'metadata-certificate', fields: undefined },
    ]);
    for (const check of checks) {
      expect(check.title, check.id).not.toBe('');
      expect(check.why, check.id).toMatch(/\.$/);
    }
  });

  it('an app may word each its own way', () => {
    const text = { title: 'Own title', why: 'Own reason' };
    const worded = [
      acsUrlCheck({ ...text, isPlaceholder: isOurs, host }),
      audienceCheck(text),
      spBindingCheck(text),
      samlSigningCheck(text),
      relayStateCheck({ ...text, host }),
      metadataEntityIdCheck({ ...text, expectedEntityId: () => 'x' }),
      metadataCertificateCheck(text),
    ];
    for (const check of worded) expect({ title: check.title, why: check.why }).toEqual(text);
  });

  it('on an OpenID pair each says it applies to SAML providers only', async () => {
    for (const check of made()) expect(decided(await check.run(fakeContext(oidcPair()).ctx), 'SAML')).toEqual({ status: 'unknown' });
  });

  it('on a SAML pair the pair checks read the provider the wizard created', async () => {
    const pair = samlPair({
      acs_url: 'https://sp.example.com/saml/acs',
      audience: 'https://sp.example.com',
      sp_binding: 'post',
      default_relay_state: '',
    });
    const results = await Promise.all(
      made()
        .slice(0, 5)
        .map((check) => check.run(fakeContext(pair).ctx)),
    );
    expect([
      decided(results[0]!, 'https://sp.example.com/saml/acs', 'sp.example.com'),
      decided(results[1]!, 'https://sp.example.com'),
      decided(results[2]!, 'Post'),
      decided(results[3]!, 'authentik Self-signed Certificate'),
      decided(results[4]!, 'sp.example.com'),
    ]).toEqual([{ status: 'pass' }, { status: 'pass' }, { status: 'pass' }, { status: 'pass' }, { status: 'pass' }]);
  });
});

describe('every SAML verdict: its status, its fix and the values it names', () => {
  it('ACS URL', () => {
    expect([
      decided(
        evaluateAcsUrl('https://sp.example.com/replace-me', { isPlaceholder: isOurs, host: 'sp.example.com' }),
        'https://sp.example.com/replace-me',
        'placeholder',
      ),
      decided(evaluateAcsUrl('http://sp.example.com/acs', { isPlaceholder: isOurs, host: 'sp.example.com' }), 'http://sp.example.com/acs', 'https'),
      decided(
        evaluateAcsUrl('https://other.example.com/acs', { isPlaceholder: isOurs, host: 'sp.example.com' }),
        'other.example.com',
        'sp.example.com',
      ),
      decided(evaluateAcsUrl('https://other.example.com/acs', { isPlaceholder: isOurs, host: null }), 'https://other.example.com/acs'),
      decided(evaluateAcsUrl('not a url', { isPlaceholder: isOurs, host: null }), 'not a url'),
    ]).toEqual([{ status: 'fail' }, { status: 'fail' }, { status: 'fail' }, { status: 'pass' }, { status: 'fail' }]);
  });

  it('audience, binding and relay state', () => {
    const toPost = (before: string) => ({ patch: { sp_binding: 'post' }, describe: [{ field: 'Service Provider Binding', before, after: 'Post' }] });
    const clearRelayState = (before: string) => ({
      patch: { default_relay_state: '' },
      describe: [{ field: 'Default relay state', before, after: '(empty)' }],
    });
    expect([
      decided(evaluateAudience(undefined), 'Audience'),
      decided(evaluateAudience('  '), 'Audience'),
      decided(evaluateAudience('https://sp.example.com'), 'https://sp.example.com'),
      decided(evaluateSpBinding('redirect'), 'Redirect'),
      decided(evaluateSpBinding(undefined)),
      decided(evaluateSpBinding('post'), 'Post'),
      decided(evaluateRelayState(undefined, 'sp.example.com'), 'sp.example.com'),
      decided(evaluateRelayState('https://sp.example.com/home', 'sp.example.com'), 'https://sp.example.com/home'),
      decided(evaluateRelayState('https://evil.example/x', 'sp.example.com'), 'https://evil.example/x', 'sp.example.com'),
      decided(evaluateRelayState('/relative', null), '/relative'),
    ]).toEqual([
      { status: 'fail' },
      { status: 'fail' },
      { status: 'pass' },
      { status: 'fail', fix: toPost('Redirect') },
      { status: 'fail', fix: toPost('(none)') },
      { status: 'pass' },
      { status: 'pass' },
      { status: 'pass' },
      { status: 'fail', fix: clearRelayState('https://evil.example/x') },
      { status: 'fail', fix: clearRelayState('/relative') },
    ]);
  });

  it('signing', () => {
    expect([
      decided(evaluateSamlSigning({ signing_kp: null, sign_assertion: true, sign_response: true }, null), 'No signing certificate'),
      decided(
        evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: false, sign_response: false }, keypair),
        'authentik Self-signed Certificate',
      ),
      decided(
        evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: true, sign_response: true }, keypair),
        'authentik Self-signed Certificate',
        'assertions and responses',
      ),
      decided(evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: false, sign_response: true }, null), 'responses'),
    ]).toEqual([
      { status: 'fail' },
      { status: 'fail', fix: { patch: { sign_assertion: true }, describe: [{ field: 'Sign assertions', before: 'off', after: 'on' }] } },
      { status: 'pass' },
      { status: 'pass' },
    ]);
  });

  it('metadata certificate', () => {
    const fingerprint = keypair.fingerprint_sha256!;
    expect([
      decided(evaluateCertificate([], null, keypair), fingerprint),
      decided(evaluateCertificate([], keypair.pk, null), 'permission'),
      decided(evaluateCertificate([], keypair.pk, keypair), fingerprint),
      decided(evaluateCertificate(['AA:BB'], keypair.pk, keypair), 'aa:bb', fingerprint),
      decided(evaluateCertificate([fingerprint.toUpperCase().replace(/:/g, '')], keypair.pk, keypair), fingerprint),
    ]).toEqual([{ status: 'fail' }, { status: 'unknown' }, { status: 'fail' }, { status: 'fail' }, { status: 'pass' }]);
  });
});
