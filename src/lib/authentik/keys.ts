/** Signing keypairs as authentik reports them, across releases. */
import type { components } from './schema.gen';

type CertificateKeyPair = components['schemas']['CertificateKeyPair'];

/** A keypair's algorithm, whichever field the release reports it in (`private_key_type` before 2025.12). */
export function keyTypeOf(key: CertificateKeyPair): string | null {
  return key.key_type ?? (key as { private_key_type?: string | null }).private_key_type ?? null;
}

/** Keypairs a provider can sign with: a private key, and RSA or EC (or only the type asked for). */
export function usableSigningKeys(keys: CertificateKeyPair[], type: 'rsa' | 'ec' | null = null): CertificateKeyPair[] {
  return keys.filter((key) => key.private_key_available && (type ? keyTypeOf(key) === type : keyTypeOf(key) === 'rsa' || keyTypeOf(key) === 'ec'));
}
