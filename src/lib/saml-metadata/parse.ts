/**
 * Reads a SAML 2.0 service provider's metadata document, safely, in the browser (DOMParser) or in
 * tests (jsdom's DOMParser): the caller passes the parser, so this module stays pure and sits in
 * the lowest layer, where the protocols, the steps and the audit can all use it.
 *
 * Safety comes before parsing: the text is refused when it is too large, when it declares a DTD, an
 * entity or any other markup declaration (`<!DOCTYPE`, `<!ENTITY`, …; billion laughs and XXE need
 * one), or when it carries a processing instruction other than the XML declaration. Only then is
 * it parsed, and the document must be exactly one md:EntityDescriptor (alone, or the only one in an
 * md:EntitiesDescriptor) with an md:SPSSODescriptor. Every refusal is a sentence saying what to do;
 * a refused document yields nothing at all.
 */

export const MD_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
export const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const BINDING_POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
export const BINDING_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
/** Real SP metadata is a few kilobytes; a generous limit that still refuses a flood. */
export const MAX_METADATA_CHARS = 256 * 1024;

export type SamlBinding = 'post' | 'redirect';

export interface SpEndpoint {
  url: string;
  binding: SamlBinding;
}

/** What an SP's metadata says, as the wizard uses it. */
export interface SpMetadata {
  entityId: string;
  /** The AssertionConsumerService used: the one marked isDefault among POST/Redirect ones, else the first of them. */
  acs: SpEndpoint | null;
  /** AuthnRequestsSigned (null when absent). */
  authnRequestsSigned: boolean | null;
  /** WantAssertionsSigned (null when absent). */
  wantAssertionsSigned: boolean | null;
  /** NameIDFormat values, in the document's order. */
  nameIdFormats: string[];
  /** The first SingleLogoutService with a POST or Redirect binding. */
  slo: SpEndpoint | null;
  /** Base64 DER bodies (no whitespace) of certificates for signing (use="signing" or no use), deduplicated. */
  signingCertificates: string[];
  /** Base64 DER bodies of certificates marked use="encryption", deduplicated. */
  encryptionCertificates: string[];
  /** What was skipped or is worth knowing, in plain sentences. */
  notes: string[];
}

export type ParseResult = { ok: true; metadata: SpMetadata } | { ok: false; error: string };

/** The part of DOMParser this needs (the browser's, or jsdom's in tests). */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

const fail = (error: string): ParseResult => ({ ok: false, error });

const BINDINGS: Record<string, SamlBinding> = { [BINDING_POST]: 'post', [BINDING_REDIRECT]: 'redirect' };

function bindingName(urn: string): string {
  return urn.replace(/^urn:oasis:names:tc:SAML:2\.0:bindings:/, '') || 'none';
}

/** Refusals decided on the text itself, before any parser sees it. */
export function screenMetadataText(text: string): string | null {
  if (text.trim() === '') return 'Paste the app’s SAML metadata (an XML document starting with <EntityDescriptor …>), or choose its file.';
  if (text.length > MAX_METADATA_CHARS)
    return `This document has ${text.length.toLocaleString('en')} characters; SP metadata is a few kilobytes (the limit is ${MAX_METADATA_CHARS.toLocaleString('en')}). Paste only the app’s own EntityDescriptor.`;
  if (/<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.test(text))
    return 'This document declares a DTD or entities (<!DOCTYPE> or <!ENTITY>), which SAML metadata never needs and which can make a parser read files or run out of memory. It was not read. Download the metadata again from the app.';
  // Any other markup declaration (only comments and CDATA sections are allowed).
  const declaration = /<!(?!--|\[CDATA\[)/.exec(text);
  if (declaration)
    return 'This document holds a markup declaration (<!…>) SAML metadata never needs. It was not read. Download the metadata again from the app.';
  const body = text.replace(/^\uFEFF?\s*<\?xml\s[^?]*\?>/, '');
  if (/<\?/.test(body))
    return 'This document holds a processing instruction (<?…?>) other than the XML declaration. It was not read. Download the metadata again from the app.';
  return null;
}

function parseBoolean(value: string | null, name: string, notes: string[]): boolean | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === 'true' || trimmed === '1') return true;
  if (trimmed === 'false' || trimmed === '0') return false;
  notes.push(`${name}="${trimmed}" is not true or false; it was ignored.`);
  return null;
}

function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.namespaceURI === MD_NS && child.localName === localName);
}

/** A certificate body as base64 DER, or null when it is not one. */
function certificateBody(text: string): string | null {
  const body = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0 || body.length < 64) return null;
  // DER starts with a SEQUENCE: base64 "M".
  return body.startsWith('M') ? body : null;
}

function readEndpoints(sp: Element, localName: string, what: string, notes: string[]): { chosen: SpEndpoint | null; found: number } {
  const endpoints = children(sp, localName);
  const supported: (SpEndpoint & { isDefault: boolean })[] = [];
  for (const endpoint of endpoints) {
    const binding = endpoint.getAttribute('Binding')?.trim() ?? '';
    const url = endpoint.getAttribute('Location')?.trim() ?? '';
    const known = BINDINGS[binding];
    if (!url) {
      notes.push(`A ${what} without a Location was skipped.`);
      continue;
    }
    if (!known) {
      notes.push(`${what} ${url} (${bindingName(binding)} binding) was skipped: authentik sends to POST or Redirect only.`);
      continue;
    }
    supported.push({ url, binding: known, isDefault: endpoint.getAttribute('isDefault')?.trim() === 'true' });
  }
  const chosen = supported.find((endpoint) => endpoint.isDefault) ?? supported[0] ?? null;
  if (chosen && supported.length > 1)
    notes.push(
      `${what}: ${supported.length} usable endpoints; the wizard uses ${chosen.url} (${chosen.binding === 'post' ? 'HTTP-POST' : 'HTTP-Redirect'})${chosen.isDefault ? ', marked as the default' : ', the first'}.`,
    );
  return { chosen: chosen ? { url: chosen.url, binding: chosen.binding } : null, found: endpoints.length };
}

function readCertificates(sp: Element, notes: string[]): { signing: string[]; encryption: string[] } {
  const signing = new Set<string>();
  const encryption = new Set<string>();
  for (const descriptor of children(sp, 'KeyDescriptor')) {
    const use = descriptor.getAttribute('use')?.trim() ?? '';
    if (use !== '' && use !== 'signing' && use !== 'encryption') {
      notes.push(`A certificate with use="${use}" was skipped (only signing and encryption exist).`);
      continue;
    }
    for (const element of Array.from(descriptor.getElementsByTagNameNS(DS_NS, 'X509Certificate'))) {
      const body = certificateBody(element.textContent ?? '');
      if (!body) {
        notes.push('A certificate that is not base64 DER was skipped.');
        continue;
      }
      // A certificate without a use serves both, but authentik encrypts only when told to: only an
      // explicit encryption certificate turns encryption on.
      if (use === 'encryption') encryption.add(body);
      else signing.add(body);
    }
  }
  return { signing: [...signing], encryption: [...encryption] };
}

function hasParserError(document: Document): boolean {
  return document.getElementsByTagName('parsererror').length > 0 || document.documentElement === null;
}

/** Parses SP metadata; never throws: a refusal is `{ ok: false, error }` with what to do. */
export function parseSpMetadata(text: string, parser: XmlParser): ParseResult {
  const refused = screenMetadataText(text);
  if (refused) return fail(refused);
  let document: Document;
  try {
    document = parser.parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  } catch {
    return fail('This is not well-formed XML. Copy the whole metadata document again, from <?xml … or <EntityDescriptor … to its end.');
  }
  if (hasParserError(document))
    return fail('This is not well-formed XML. Copy the whole metadata document again, from <?xml … or <EntityDescriptor … to its end.');
  const root = document.documentElement;
  let entity: Element;
  if (root.namespaceURI === MD_NS && root.localName === 'EntitiesDescriptor') {
    const entities = Array.from(root.getElementsByTagNameNS(MD_NS, 'EntityDescriptor'));
    if (entities.length !== 1)
      return fail(
        entities.length === 0
          ? 'This EntitiesDescriptor holds no EntityDescriptor. Paste the app’s own SP metadata.'
          : `This document describes ${entities.length} entities (a federation feed). Paste only the app’s own EntityDescriptor.`,
      );
    entity = entities[0]!;
  } else if (root.namespaceURI === MD_NS && root.localName === 'EntityDescriptor') {
    entity = root;
  } else {
    return fail(
      root.localName === 'EntityDescriptor'
        ? `The EntityDescriptor is not in the SAML 2.0 metadata namespace (${MD_NS}). Download the metadata again from the app.`
        : `This is a <${root.localName}> document, not SAML metadata. The app’s SP metadata starts with <EntityDescriptor …>.`,
    );
  }
  const entityId = entity.getAttribute('entityID')?.trim() ?? '';
  if (!entityId)
    return fail('The EntityDescriptor has no entityID. The app’s metadata must name its entity ID: download it again, or type the values by hand.');
  if (entityId.length > 1024 || /\s/.test(entityId))
    return fail('The entityID holds spaces or is longer than 1024 characters, which SAML does not allow. Check the app’s metadata.');
  const sps = children(entity, 'SPSSODescriptor');
  if (sps.length === 0)
    return fail(
      children(entity, 'IDPSSODescriptor').length > 0
        ? 'This is an identity provider’s metadata (it has an IDPSSODescriptor), perhaps authentik’s own. Paste the app’s metadata: the service provider’s, with an SPSSODescriptor.'
        : 'This EntityDescriptor has no SPSSODescriptor: it does not describe a SAML service provider. Paste the app’s SP metadata.',
    );
  const notes: string[] = [];
  const sp = sps[0]!;
  if (sps.length > 1) notes.push(`The entity has ${sps.length} SPSSODescriptors; the first one was read.`);
  const protocols = (sp.getAttribute('protocolSupportEnumeration') ?? '').split(/\s+/);
  if (!protocols.includes('urn:oasis:names:tc:SAML:2.0:protocol'))
    notes.push('The SPSSODescriptor does not list the SAML 2.0 protocol; check that the app speaks SAML 2.0.');
  const acs = readEndpoints(sp, 'AssertionConsumerService', 'ACS', notes);
  if (!acs.chosen)
    return fail(
      acs.found === 0
        ? 'The metadata lists no AssertionConsumerService, so there is no address to send the login to. Type the ACS URL by hand.'
        : 'None of the metadata’s AssertionConsumerServices uses the HTTP-POST or HTTP-Redirect binding, the only ones authentik sends to. Type the ACS URL by hand.',
    );
  const slo = readEndpoints(sp, 'SingleLogoutService', 'SLO', notes);
  const certificates = readCertificates(sp, notes);
  const nameIdFormats = [
    ...new Set(
      children(sp, 'NameIDFormat')
        .map((element) => (element.textContent ?? '').trim())
        .filter(Boolean),
    ),
  ];
  return {
    ok: true,
    metadata: {
      entityId,
      acs: acs.chosen,
      authnRequestsSigned: parseBoolean(sp.getAttribute('AuthnRequestsSigned'), 'AuthnRequestsSigned', notes),
      wantAssertionsSigned: parseBoolean(sp.getAttribute('WantAssertionsSigned'), 'WantAssertionsSigned', notes),
      nameIdFormats,
      slo: slo.chosen,
      signingCertificates: certificates.signing,
      encryptionCertificates: certificates.encryption,
      notes,
    },
  };
}

/** A base64 DER body as PEM, 64 characters a line, as authentik stores certificates. */
export function certificatePem(body: string): string {
  return `-----BEGIN CERTIFICATE-----\n${body.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
}
