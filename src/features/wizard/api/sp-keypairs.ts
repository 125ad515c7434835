/**
 * The SP's certificates as authentik keypairs (certificate only, no private key), made right
 * before the pair: an identical certificate already in authentik is reused (same SHA-256
 * fingerprint), a new one is named after the app. A user who may not create keypairs is never
 * asked to: the certificate is then used only if authentik already holds it.
 */
import { unwrap, type AuthentikClient } from '../../../lib/authentik/client';
import { certificatePem } from '../../../lib/saml-metadata/parse';
import { keypairName, type SpKeypairs, type SpMetadataSettings } from '../../../lib/saml-metadata/settings';
import { isApiError } from '../../../lib/authentik/problem';
import { sha256Fingerprint } from '../../../lib/saml-metadata/fingerprint';

export { sha256Fingerprint };

async function allKeypairs(client: AuthentikClient, signal?: AbortSignal) {
  const found: { pk: string; name: string; fingerprint_sha256?: string | null }[] = [];
  for (let page = 1; page <= 50; page += 1) {
    const answer = await unwrap(
      client.api.GET('/crypto/certificatekeypairs/', { params: { query: { page, page_size: 100, ordering: 'name' } }, signal }),
    );
    found.push(...answer.results);
    if (!answer.pagination.next) break;
  }
  return found;
}

export async function ensureSpKeypairs(
  client: AuthentikClient,
  metadata: SpMetadataSettings,
  appName: string,
  signal?: AbortSignal,
): Promise<SpKeypairs> {
  const roles = (['verification', 'encryption'] as const).flatMap((role) => {
    const certificate = role === 'verification' ? metadata.verificationCertificate : metadata.encryptionCertificate;
    return certificate ? [{ role, certificate }] : [];
  });
  if (roles.length === 0) return {};
  const existing = await allKeypairs(client, signal);
  const byFingerprint = new Map(
    existing.filter((keypair) => keypair.fingerprint_sha256).map((keypair) => [keypair.fingerprint_sha256!.toLowerCase(), keypair.pk]),
  );
  const names = new Set(existing.map((keypair) => keypair.name));
  const result: SpKeypairs = {};
  for (const { role, certificate } of roles) {
    const fingerprint = await sha256Fingerprint(certificate);
    let pk = byFingerprint.get(fingerprint) ?? null;
    if (!pk && metadata.mayCreateKeypairs) {
      const base = keypairName(appName, role);
      // A name taken by another certificate: the new one carries the start of its fingerprint.
      const name = names.has(base) ? `${base} (${fingerprint.slice(0, 11)})` : base;
      try {
        pk = (
          await unwrap(client.api.POST('/crypto/certificatekeypairs/', { body: { name, certificate_data: certificatePem(certificate) }, signal }))
        ).pk;
      } catch (error) {
        if (isApiError(error) && error.problem.kind === 'validation' && error.problem.fields.certificate_data)
          throw new Error(
            `authentik could not load the SP's ${role === 'verification' ? 'signing' : 'encryption'} certificate from the metadata (${error.problem.fields.certificate_data.join(' ')}). Download the metadata again, or remove the certificate from it.`,
            { cause: error },
          );
        throw error;
      }
      byFingerprint.set(fingerprint, pk);
      names.add(name);
    }
    result[role] = pk;
  }
  return result;
}
