/**
 * Reads the two things the verifier needs from IdP metadata: the entityID and the signing
 * certificates. A deliberately small reader (no DOM, so it runs in tests and workers alike): it
 * handles any namespace prefix and both quote styles, and nothing else of XML.
 */
import { colonHex } from '../../model/checks/util';

export interface SamlMetadataFacts {
  entityId: string | null;
  /** Base64 DER of every certificate in a KeyDescriptor for signing (or without a use). */
  signingCertificates: string[];
}

const ENTITY_DESCRIPTOR = /<(?:[\w.-]+:)?EntityDescriptor\b([^>]*)>/;
const ENTITY_ID = /\bentityID\s*=\s*(["'])([\s\S]*?)\1/;
const KEY_DESCRIPTOR = /<(?:[\w.-]+:)?KeyDescriptor\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?KeyDescriptor\s*>)/g;
const USE = /\buse\s*=\s*(["'])(\w+)\1/;
const CERTIFICATE = /<(?:[\w.-]+:)?X509Certificate\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?X509Certificate\s*>/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function readSamlMetadata(xml: string): SamlMetadataFacts {
  const descriptor = ENTITY_DESCRIPTOR.exec(xml);
  const entity = descriptor ? ENTITY_ID.exec(descriptor[1] ?? '') : null;
  const signingCertificates: string[] = [];
  for (const match of xml.matchAll(KEY_DESCRIPTOR)) {
    const use = USE.exec(match[1] ?? '')?.[2];
    if (use !== undefined && use !== 'signing') continue;
    for (const cert of (match[2] ?? '').matchAll(CERTIFICATE)) {
      const base64 = (cert[1] ?? '').replace(/\s+/g, '');
      if (base64) signingCertificates.push(base64);
    }
  }
  return { entityId: entity ? decodeEntities(entity[2] ?? '') : null, signingCertificates };
}

/** SHA-256 of a base64 DER certificate, as authentik writes fingerprints (lower-case, colons). */
export async function certificateFingerprint(base64Der: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('This browser cannot compute SHA-256 on this page (WebCrypto needs https or localhost).');
  let binary: string;
  try {
    binary = atob(base64Der);
  } catch {
    throw new Error('The metadata holds a certificate that is not valid base64.');
  }
  const der = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const digest = new Uint8Array(await subtle.digest('SHA-256', der));
  return colonHex([...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''));
}
