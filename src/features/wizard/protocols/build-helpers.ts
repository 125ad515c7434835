/** Small pieces the protocol modules' request builders share. */
import { capabilities, NEWEST_RELEASE, type ReleaseCapabilities } from '../../../lib/authentik/releases';
import type { CertificateKeyPair } from '../model/types';
import type { SigningKeySpec } from '../definition/format';

/** The pks of managed property mappings discovery found; a missing one says how to restore it. */
export function mappingPks(found: Record<string, { pk: string }>, ids: readonly string[], kind: 'scope' | 'SAML'): string[] {
  return ids.map((id) => {
    const mapping = found[id];
    if (!mapping) {
      throw new Error(
        `authentik has no ${kind} mapping "${id}". It comes with authentik's system blueprints; re-apply them under Customization › Blueprints and try again.`,
      );
    }
    return mapping.pk;
  });
}

const TYPE_NAMES = { any: 'an RSA or EC', rsa: 'an RSA', ec: 'an EC' } as const;

/** The chosen keypair, or an error that says why the app needs one and how to get it. */
export function requireSigningKey(
  key: CertificateKeyPair | null,
  spec: Exclude<SigningKeySpec, 'none'>,
  why: string,
  appName: string,
): CertificateKeyPair {
  const wanted = TYPE_NAMES[spec];
  if (!key) {
    throw new Error(`${why} Create or import ${wanted} certificate with a private key in authentik (System › Certificates), then try again.`);
  }
  const type = key.key_type ?? (key as { private_key_type?: string | null }).private_key_type ?? null;
  const fits = type === null || (spec === 'any' ? type === 'rsa' || type === 'ec' : type === spec);
  if (!fits) throw new Error(`${appName} needs ${wanted} key, and "${key.name}" is an ${type} key. Choose ${wanted} keypair.`);
  return key;
}

/** Stands in for a custom mapping that does not exist yet; Create makes it first and rebuilds the request. */
export const PENDING_MAPPING_PK = '00000000-0000-4000-8000-000000000000';

export function customPk(context: { customMappings?: Record<string, string> }, name: string): string {
  return context.customMappings?.[name] ?? PENDING_MAPPING_PK;
}

/** The release a request is built for: the connected one, else the newest supported. */
export function releaseOf(context: { release?: ReleaseCapabilities }): ReleaseCapabilities {
  return context.release ?? capabilities(NEWEST_RELEASE);
}
