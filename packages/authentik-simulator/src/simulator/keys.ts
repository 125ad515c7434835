/**
 * Real key material for the seeded certificate-key pairs, generated with WebCrypto and
 * @peculiar/x509. Generation happens once per process (top-level await), so creating or resetting
 * a simulator stays synchronous and fast.
 */
import { createHash } from 'node:crypto';
import type * as X509 from '@peculiar/x509';
import 'reflect-metadata';
import type { KeyType, SimKeypair } from './types.ts';

let x509Module: typeof X509 | undefined;

/**
 * @peculiar/x509 is loaded lazily so the Reflect shim is guaranteed to be installed first, also
 * when a bundler (e.g. Vite's config loader) hoists static imports of external packages.
 */
async function loadX509(): Promise<typeof X509> {
  if (!x509Module) {
    x509Module = await import('@peculiar/x509');
    x509Module.cryptoProvider.set(globalThis.crypto);
  }
  return x509Module;
}

export interface KeyMaterial {
  certificatePem: string;
  privateKeyPem: string;
  keyType: KeyType;
  fingerprintSha256: string;
  fingerprintSha1: string;
  certExpiry: string;
  certSubject: string;
  certificateDerBase64: string;
  publicJwk: JsonWebKey;
}

export interface KeyMaterialOptions {
  commonName: string;
  keyType: 'rsa' | 'ec';
  /** Validity in days from now. */
  validityDays: number;
  withPrivateKey: boolean;
}

/** `hexlify(digest, ":")` as authentik renders fingerprints: lower-case, colon separated. */
function colonHex(buffer: Buffer): string {
  return [...buffer].map((byte) => byte.toString(16).padStart(2, '0')).join(':');
}

function pem(label: string, der: ArrayBuffer): string {
  const body = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** Python's `datetime.isoformat()` as DRF renders it (UTC → `Z`), with microseconds. */
function drfDateTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export async function generateKeyMaterial(options: KeyMaterialOptions): Promise<KeyMaterial> {
  const x509 = await loadX509();
  const algorithm =
    options.keyType === 'rsa'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 }
      : { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await globalThis.crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  // Whole seconds, as X.509 UTCTime carries no fractions.
  const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + options.validityDays * 24 * 3600 * 1000);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: createHash('sha1').update(`${options.commonName}${Math.random()}`).digest('hex').slice(0, 16),
    name: [{ CN: [options.commonName] }, { O: ['authentik'] }, { OU: ['Self-signed'] }],
    notBefore,
    notAfter,
    keys,
    signingAlgorithm: algorithm,
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'goauthentik.io' }])],
  });
  const der = Buffer.from(certificate.rawData);
  const privateKeyPem = options.withPrivateKey ? pem('PRIVATE KEY', await globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey)) : '';
  const publicJwk = await globalThis.crypto.subtle.exportKey('jwk', keys.publicKey);
  return {
    certificatePem: certificate.toString('pem').replace(/\r\n/g, '\n').trimEnd() + '\n',
    privateKeyPem,
    keyType: options.keyType,
    fingerprintSha256: colonHex(createHash('sha256').update(der).digest()),
    fingerprintSha1: colonHex(createHash('sha1').update(der).digest()),
    certExpiry: drfDateTime(notAfter),
    // RFC 4514 lists the RDNs in reverse order, as Python's cryptography does.
    certSubject: `OU=Self-signed,O=authentik,CN=${options.commonName}`,
    certificateDerBase64: der.toString('base64'),
    publicJwk: { kty: publicJwk.kty, n: publicJwk.n, e: publicJwk.e, crv: publicJwk.crv, x: publicJwk.x, y: publicJwk.y },
  };
}

export function keypairFromMaterial(material: KeyMaterial, fields: { pk: string; name: string; managed: string | null }): SimKeypair {
  return {
    pk: fields.pk,
    name: fields.name,
    managed: fields.managed,
    certificatePem: material.certificatePem,
    privateKeyPem: material.privateKeyPem,
    keyType: material.keyType,
    fingerprintSha256: material.fingerprintSha256,
    fingerprintSha1: material.fingerprintSha1,
    certExpiry: material.certExpiry,
    certSubject: material.certSubject,
    certificateDerBase64: material.certificateDerBase64,
    publicJwk: material.publicJwk,
  };
}

export interface SeedKeyMaterial {
  selfSigned: KeyMaterial;
  jwt: KeyMaterial;
  certificateOnly: KeyMaterial;
}

async function generateSeedKeys(): Promise<SeedKeyMaterial> {
  const [selfSigned, jwt, certificateOnly] = await Promise.all([
    generateKeyMaterial({ commonName: 'authentik Self-signed Certificate', keyType: 'rsa', validityDays: 365, withPrivateKey: true }),
    generateKeyMaterial({ commonName: 'authentik Internal JWT Certificate', keyType: 'rsa', validityDays: 365, withPrivateKey: true }),
    generateKeyMaterial({ commonName: 'sp.company.invalid', keyType: 'ec', validityDays: 365, withPrivateKey: false }),
  ]);
  return { selfSigned, jwt, certificateOnly };
}

/** Key material shared by every simulator of this process. */
export const SEED_KEYS: SeedKeyMaterial = await generateSeedKeys();
