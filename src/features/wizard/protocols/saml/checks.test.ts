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
    expect(readSamlMetadata('<EntityDescriptor entityID=\'x\'><KeyDescriptor><X509Certificate>QQ==</X509Certificate></KeyDescriptor></EntityDescriptor>')).toEqual({
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
    const { ctx } = fakeContext(pair, { public: { [metadataUrl(BASE, 'sp')]: new AuthentikApiError({ kind: 'not-authentik', status: 404, contentType: 'text/html' }) } });
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
    expect(made().map(({ id, fields, title, why }) => ({ id, fields, title, why }))).toMatchInlineSnapshot(`
      [
        {
          "fields": [
            "acs_url",
          ],
          "id": "acs-url",
          "title": "The ACS URL is the app’s own",
          "why": "authentik posts every signed login to the ACS URL; a placeholder or foreign host means the app never receives it.",
        },
        {
          "fields": [
            "audience",
          ],
          "id": "audience",
          "title": "The audience is set",
          "why": "The app may reject assertions that are not addressed to its own entity ID.",
        },
        {
          "fields": undefined,
          "id": "sp-binding",
          "title": "Responses are sent by Post",
          "why": "The app expects the SAML response as a form post.",
        },
        {
          "fields": undefined,
          "id": "saml-signing",
          "title": "Logins are signed",
          "why": "The app only trusts assertions signed with the certificate whose fingerprint it knows.",
        },
        {
          "fields": undefined,
          "id": "relay-state",
          "title": "The default relay state is empty or on the app’s host",
          "why": "A relay state that points elsewhere makes the app fail after a successful login.",
        },
        {
          "fields": undefined,
          "id": "metadata-entity-id",
          "title": "The metadata’s entity ID matches the IdP entity ID",
          "why": "The app compares the issuer of every response with the IdP entity ID it was given.",
        },
        {
          "fields": undefined,
          "id": "metadata-certificate",
          "title": "The metadata’s certificate has the fingerprint on the configuration screen",
          "why": "The app verifies each signature against the certificate fingerprint it was given; a different certificate fails every login.",
        },
      ]
    `);
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
    for (const check of made()) expect(await check.run(fakeContext(oidcPair()).ctx)).toEqual({ status: 'unknown', detail: 'This check applies to SAML providers only.' });
  });

  it('on a SAML pair the pair checks read the provider the wizard created', async () => {
    const pair = samlPair({ acs_url: 'https://sp.example.com/saml/acs', audience: 'https://sp.example.com', sp_binding: 'post', default_relay_state: '' });
    const results = await Promise.all(made().slice(0, 5).map((check) => check.run(fakeContext(pair).ctx)));
    expect(results).toMatchInlineSnapshot(`
      [
        {
          "actual": "https://sp.example.com/saml/acs",
          "expected": "The ACS URL the app shows, on sp.example.com",
          "status": "pass",
        },
        {
          "actual": "https://sp.example.com",
          "expected": "The SP entity ID the app shows",
          "status": "pass",
        },
        {
          "actual": "Post",
          "expected": "Post",
          "status": "pass",
        },
        {
          "actual": "Signed with “authentik Self-signed Certificate”: assertions",
          "expected": "A signing certificate, and signed assertions or responses",
          "status": "pass",
        },
        {
          "actual": "(empty)",
          "expected": "Empty, or a URL on sp.example.com",
          "status": "pass",
        },
      ]
    `);
  });
});

describe('every SAML verdict, word for word', () => {
  it('ACS URL', () => {
    expect([
      evaluateAcsUrl('https://sp.example.com/replace-me', { isPlaceholder: isOurs, host: 'sp.example.com' }),
      evaluateAcsUrl('http://sp.example.com/acs', { isPlaceholder: isOurs, host: 'sp.example.com' }),
      evaluateAcsUrl('https://other.example.com/acs', { isPlaceholder: isOurs, host: 'sp.example.com' }),
      evaluateAcsUrl('https://other.example.com/acs', { isPlaceholder: isOurs, host: null }),
      evaluateAcsUrl('not a url', { isPlaceholder: isOurs, host: null }),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "https://sp.example.com/replace-me",
          "detail": "The provider still has the placeholder ACS URL, so authentik posts the login somewhere the app never sees it. Copy the ACS URL the app shows into authentik (the round-trip step of this wizard).",
          "expected": "The ACS URL the app shows, on sp.example.com",
          "status": "fail",
        },
        {
          "actual": "http://sp.example.com/acs",
          "detail": "The ACS URL uses plain http: the signed login would travel unencrypted. Use the https address the app shows.",
          "expected": "The ACS URL the app shows, on sp.example.com",
          "status": "fail",
        },
        {
          "actual": "https://other.example.com/acs",
          "detail": "The ACS URL points to other.example.com, not to the app at sp.example.com: logins would be posted to another server.",
          "expected": "The ACS URL the app shows, on sp.example.com",
          "status": "fail",
        },
        {
          "actual": "https://other.example.com/acs",
          "expected": "The ACS URL the app shows",
          "status": "pass",
        },
        {
          "actual": "not a url",
          "detail": "The ACS URL is not a URL. Copy it from the app into the provider.",
          "expected": "The ACS URL the app shows",
          "status": "fail",
        },
      ]
    `);
  });

  it('audience, binding and relay state', () => {
    expect([
      evaluateAudience(undefined),
      evaluateAudience('  '),
      evaluateAudience('https://sp.example.com'),
      evaluateSpBinding('redirect'),
      evaluateSpBinding(undefined),
      evaluateSpBinding('post'),
      evaluateRelayState(undefined, 'sp.example.com'),
      evaluateRelayState('https://sp.example.com/home', 'sp.example.com'),
      evaluateRelayState('https://evil.example/x', 'sp.example.com'),
      evaluateRelayState('/relative', null),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "(empty)",
          "detail": "Without an audience the assertion is not restricted to the app, and apps that check it reject the login. Copy the SP entity ID the app shows into the provider’s Audience.",
          "expected": "The SP entity ID the app shows",
          "status": "fail",
        },
        {
          "actual": "(empty)",
          "detail": "Without an audience the assertion is not restricted to the app, and apps that check it reject the login. Copy the SP entity ID the app shows into the provider’s Audience.",
          "expected": "The SP entity ID the app shows",
          "status": "fail",
        },
        {
          "actual": "https://sp.example.com",
          "expected": "The SP entity ID the app shows",
          "status": "pass",
        },
        {
          "actual": "Redirect",
          "detail": "With Redirect, authentik sends the login response in the address bar; the web browser SSO profile expects a form post, and the app may refuse it.",
          "expected": "Post",
          "fix": {
            "describe": [
              {
                "after": "Post",
                "before": "Redirect",
                "field": "Service Provider Binding",
              },
            ],
            "label": "Send responses by Post",
            "patch": {
              "sp_binding": "post",
            },
          },
          "status": "fail",
        },
        {
          "actual": "(none)",
          "detail": "With Redirect, authentik sends the login response in the address bar; the web browser SSO profile expects a form post, and the app may refuse it.",
          "expected": "Post",
          "fix": {
            "describe": [
              {
                "after": "Post",
                "before": "(none)",
                "field": "Service Provider Binding",
              },
            ],
            "label": "Send responses by Post",
            "patch": {
              "sp_binding": "post",
            },
          },
          "status": "fail",
        },
        {
          "actual": "Post",
          "expected": "Post",
          "status": "pass",
        },
        {
          "actual": "(empty)",
          "expected": "Empty, or a URL on sp.example.com",
          "status": "pass",
        },
        {
          "actual": "https://sp.example.com/home",
          "expected": "Empty, or a URL on sp.example.com",
          "status": "pass",
        },
        {
          "actual": "https://evil.example/x",
          "detail": "Apps that restore their own state from the relay state refuse a foreign one, and users land on an error page after signing in.",
          "expected": "Empty, or a URL on sp.example.com",
          "fix": {
            "describe": [
              {
                "after": "(empty)",
                "before": "https://evil.example/x",
                "field": "Default relay state",
              },
            ],
            "label": "Clear the default relay state",
            "patch": {
              "default_relay_state": "",
            },
          },
          "status": "fail",
        },
        {
          "actual": "/relative",
          "detail": "Apps that restore their own state from the relay state refuse a foreign one, and users land on an error page after signing in.",
          "expected": "Empty",
          "fix": {
            "describe": [
              {
                "after": "(empty)",
                "before": "/relative",
                "field": "Default relay state",
              },
            ],
            "label": "Clear the default relay state",
            "patch": {
              "default_relay_state": "",
            },
          },
          "status": "fail",
        },
      ]
    `);
  });

  it('signing', () => {
    expect([
      evaluateSamlSigning({ signing_kp: null, sign_assertion: true, sign_response: true }, null),
      evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: false, sign_response: false }, keypair),
      evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: true, sign_response: true }, keypair),
      evaluateSamlSigning({ signing_kp: keypair.pk, sign_assertion: false, sign_response: true }, null),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "No signing certificate",
          "detail": "Unsigned assertions cannot be trusted and the app rejects them. Select a signing certificate in the provider and keep “Sign assertions” on.",
          "expected": "A signing certificate, and signed assertions or responses",
          "status": "fail",
        },
        {
          "actual": "Signed with “authentik Self-signed Certificate”: nothing (assertions and responses both unsigned)",
          "detail": "A signing certificate is selected but neither assertions nor responses are signed.",
          "expected": "A signing certificate, and signed assertions or responses",
          "fix": {
            "describe": [
              {
                "after": "on",
                "before": "off",
                "field": "Sign assertions",
              },
            ],
            "label": "Sign assertions",
            "patch": {
              "sign_assertion": true,
            },
          },
          "status": "fail",
        },
        {
          "actual": "Signed with “authentik Self-signed Certificate”: assertions and responses",
          "expected": "A signing certificate, and signed assertions or responses",
          "status": "pass",
        },
        {
          "actual": "Signed with a certificate: responses",
          "expected": "A signing certificate, and signed assertions or responses",
          "status": "pass",
        },
      ]
    `);
  });

  it('metadata certificate', () => {
    expect([
      evaluateCertificate([], null, keypair),
      evaluateCertificate([], keypair.pk, null),
      evaluateCertificate([], keypair.pk, keypair),
      evaluateCertificate(['AA:BB'], keypair.pk, keypair),
      evaluateCertificate([(keypair.fingerprint_sha256 ?? '').toUpperCase().replace(/:/g, '')], keypair.pk, keypair),
    ]).toMatchInlineSnapshot(`
      [
        {
          "actual": "No signing certificate selected",
          "detail": "Select a signing certificate in the provider.",
          "expected": "3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f",
          "status": "fail",
        },
        {
          "detail": "Could not read the signing certificate’s fingerprint: your user may lack the permission to view certificate-key pairs.",
          "expected": "The fingerprint of the provider’s signing certificate",
          "status": "unknown",
        },
        {
          "actual": "(no signing certificate in the metadata)",
          "detail": "authentik publishes no signing certificate for this provider.",
          "expected": "3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f",
          "status": "fail",
        },
        {
          "actual": "aa:bb",
          "detail": "The metadata carries another certificate than the one selected in the provider; the fingerprint entered in the app would not match the signature.",
          "expected": "3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f",
          "status": "fail",
        },
        {
          "actual": "3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f",
          "expected": "3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f",
          "status": "pass",
        },
      ]
    `);
  });
});
