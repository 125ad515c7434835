// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_METADATA_CHARS, parseSpMetadata, type XmlParser } from './parse';
import { ENCRYPTION_CERT, HOSTILE_DOCUMENTS, SIGNING_CERT, SP_METADATA } from './test-fixtures';

// jsdom's DOMParser, as the browser's in the app.
const parser: XmlParser = new DOMParser();
/** Property runs: full under npm test, a light sample under Stryker (STRYKER=1). */
const RUNS = (full: number) => (process.env.STRYKER === '1' ? Math.ceil(full / 20) : full);

/** A parser that records whether it was asked at all: refusals decided on the text never reach it. */
function spyParser() {
  const calls: string[] = [];
  return { calls, parser: { parseFromString: (text: string, type: 'application/xml') => (calls.push(text), parser.parseFromString(text, type)) } };
}

const sp = (inner: string, attributes = '') =>
  `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example/meta"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" ${attributes}>${inner}</SPSSODescriptor></EntityDescriptor>`;
const acs = (binding: string, url: string, extra = '') =>
  `<AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:${binding}" Location="${url}" ${extra}/>`;

describe('an admin pastes an SP metadata document and the wizard reads what it says', () => {
  it('reads a real-shaped document: entity ID, the first usable ACS after an Artifact one, SLO, flags, NameID formats and both certificates', () => {
    const result = parseSpMetadata(SP_METADATA, parser);
    expect(result).toEqual({
      ok: true,
      metadata: {
        entityId: 'https://wiki.company/saml/metadata?tenant=acme&v=2',
        acs: { url: 'https://wiki.company/saml/acs', binding: 'post' },
        authnRequestsSigned: true,
        wantAssertionsSigned: true,
        nameIdFormats: ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent'],
        slo: { url: 'https://wiki.company/saml/slo', binding: 'redirect' },
        signingCertificates: [SIGNING_CERT],
        encryptionCertificates: [ENCRYPTION_CERT],
        notes: expect.arrayContaining([
          expect.stringContaining('https://wiki.company/saml/acs/artifact (HTTP-Artifact binding) was skipped'),
          expect.stringContaining('https://wiki.company/saml/slo/soap (SOAP binding) was skipped'),
        ]) as unknown as string[],
      },
    });
  });

  it('takes the ACS marked isDefault over the first one, and a Redirect one when it is the only usable binding', () => {
    const chosen = parseSpMetadata(
      sp(acs('HTTP-POST', 'https://sp.example/first') + acs('HTTP-Redirect', 'https://sp.example/default', 'isDefault="true"')),
      parser,
    );
    expect(chosen.ok && chosen.metadata.acs).toEqual({ url: 'https://sp.example/default', binding: 'redirect' });
    const redirect = parseSpMetadata(sp(acs('PAOS', 'https://sp.example/ecp') + acs('HTTP-Redirect', 'https://sp.example/r')), parser);
    expect(redirect.ok && redirect.metadata.acs).toEqual({ url: 'https://sp.example/r', binding: 'redirect' });
  });

  it('accepts an EntitiesDescriptor that wraps the one entity, with a BOM, and any prefix', () => {
    const wrapped = `\uFEFF<?xml version="1.0"?><x:EntitiesDescriptor xmlns:x="urn:oasis:names:tc:SAML:2.0:metadata">${sp(acs('HTTP-POST', 'https://sp.example/acs'))}</x:EntitiesDescriptor>`;
    expect(parseSpMetadata(wrapped, parser)).toMatchObject({ ok: true, metadata: { entityId: 'https://sp.example/meta' } });
  });

  it('a certificate without a use is for signing only; encryption is never turned on by guess', () => {
    const result = parseSpMetadata(
      sp(
        `<KeyDescriptor><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${SIGNING_CERT}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></KeyDescriptor>${acs('HTTP-POST', 'https://sp.example/acs')}`,
      ),
      parser,
    );
    expect(result).toMatchObject({ ok: true, metadata: { signingCertificates: [SIGNING_CERT], encryptionCertificates: [] } });
  });
});

describe('a malformed or hostile document is refused with a message, before or without being read', () => {
  for (const [name, text] of Object.entries(HOSTILE_DOCUMENTS)) {
    it(`${name}: refused before any parser sees it`, () => {
      const spy = spyParser();
      const result = parseSpMetadata(text, spy.parser);
      expect(result).toEqual({ ok: false, error: expect.stringContaining('declares a DTD or entities') as unknown as string });
      expect(spy.calls).toEqual([]);
    });
  }

  const refusals: [string, string, string][] = [
    ['an empty paste', '   ', 'Paste the app’s SAML metadata'],
    ['a wrong root', '<html><body>Sign in</body></html>', 'This is a <html> document, not SAML metadata'],
    ['not XML', '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x">', 'not well-formed XML'],
    [
      'no SPSSODescriptor',
      '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></EntityDescriptor>',
      'identity provider’s metadata',
    ],
    [
      'several EntityDescriptors',
      `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">${sp('').replace(' xmlns="urn:oasis:names:tc:SAML:2.0:metadata"', '')}${sp('').replace(' xmlns="urn:oasis:names:tc:SAML:2.0:metadata"', '')}</EntitiesDescriptor>`,
      'describes 2 entities',
    ],
    ['a missing entityID', sp(acs('HTTP-POST', 'https://sp.example/acs')).replace(' entityID="https://sp.example/meta"', ''), 'has no entityID'],
    ['no usable ACS', sp(acs('HTTP-Artifact', 'https://sp.example/art')), 'HTTP-POST or HTTP-Redirect binding'],
    ['no ACS at all', sp(''), 'no AssertionConsumerService'],
    ['the wrong namespace', '<EntityDescriptor xmlns="urn:example" entityID="x"/>', 'not in the SAML 2.0 metadata namespace'],
    ['a processing instruction', `<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.xsl"?>${sp('')}`, 'processing instruction'],
    ['a lower-case doctype', `<!doctype x>${sp('')}`, 'DTD or entities'],
    ['a flood', `${sp(acs('HTTP-POST', 'https://sp.example/acs'))}<!--${'x'.repeat(MAX_METADATA_CHARS)}-->`, 'the limit is'],
  ];
  for (const [name, text, message] of refusals) {
    it(`${name}: “…${message}…”`, () => {
      const result = parseSpMetadata(text, parser);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain(message);
    });
  }
});

describe('fuzzed: the parser never throws, never reads a DTD, and reads back what a document says', () => {
  it('any text gives a result or a sentence, never an exception', () => {
    const xmlish = fc.stringMatching(/^[<>/!?="'a-zA-Z:\s&;#x0-9[\]-]*$/, { maxLength: 200 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          xmlish,
          xmlish.map((tail) => `${sp(acs('HTTP-POST', 'https://sp.example/acs'))}${tail}`),
        ),
        (text) => {
          const result = parseSpMetadata(text, parser);
          if (!result.ok) expect(result.error.length).toBeGreaterThan(20);
        },
      ),
      { numRuns: RUNS(300) },
    );
  });

  it('a declaration anywhere in the text is refused before parsing', () => {
    const declaration = fc.constantFrom(
      '<!DOCTYPE x>',
      '<!ENTITY a "b">',
      '<!DocType x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      '<! ELEMENT x ANY>',
      '<!ATTLIST x y CDATA #IMPLIED>',
    );
    const document = sp(acs('HTTP-POST', 'https://sp.example/acs'));
    fc.assert(
      fc.property(declaration, fc.nat({ max: document.length }), (inserted, at) => {
        const spy = spyParser();
        const result = parseSpMetadata(document.slice(0, at) + inserted + document.slice(at), spy.parser);
        expect(result.ok).toBe(false);
        expect(spy.calls).toEqual([]);
      }),
      { numRuns: RUNS(200) },
    );
  });

  it('a generated document reads back exactly: entity ID and URLs with characters XML must escape, bindings in any order', () => {
    const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');
    const urlText = fc.stringMatching(/^[A-Za-z0-9&<>"'._~?=/-]{1,20}$/);
    const binding = fc.constantFrom('HTTP-POST', 'HTTP-Redirect', 'HTTP-Artifact', 'PAOS', 'SOAP');
    fc.assert(
      fc.property(
        urlText,
        fc.array(fc.tuple(binding, urlText), { minLength: 1, maxLength: 5 }),
        fc.option(fc.boolean()),
        (entity, endpoints, signed) => {
          const entityId = `https://sp.example/${entity}`;
          const inner = endpoints.map(([kind, path]) => acs(kind, escape(`https://sp.example/${path}`))).join('');
          const text = sp(inner, signed === null ? '' : `AuthnRequestsSigned="${String(signed)}"`).replace(
            'https://sp.example/meta',
            escape(entityId),
          );
          const result = parseSpMetadata(text, parser);
          const usable = endpoints.find(([kind]) => kind === 'HTTP-POST' || kind === 'HTTP-Redirect');
          if (!usable) {
            expect(result.ok).toBe(false);
            return;
          }
          expect(result).toMatchObject({
            ok: true,
            metadata: {
              entityId,
              authnRequestsSigned: signed,
              acs: { url: `https://sp.example/${usable[1]}`, binding: usable[0] === 'HTTP-POST' ? 'post' : 'redirect' },
            },
          });
        },
      ),
      { numRuns: RUNS(200) },
    );
  });
});
