/**
 * The SP's metadata applied to the provider request: the binding of its ACS, signed assertions,
 * its NameID format, its single logout endpoint, and the keypairs made from its certificates.
 * The ACS URL and the entity ID are the definition's inputs (filled from the metadata, editable),
 * so they are not touched here.
 */
import type { ReleaseCapabilities } from '../../../../lib/authentik/releases';
import type { SpMetadataSettings } from '../../../../lib/saml-metadata/settings';
import { PENDING_MAPPING_PK } from '../build-helpers';

/** Stands in for a keypair Create makes from the metadata right before the pair. */
export const PENDING_KEYPAIR_PK = PENDING_MAPPING_PK;

export function applySpMetadata<T extends Record<string, unknown>>(provider: T, metadata: SpMetadataSettings, release: ReleaseCapabilities): T {
  const out: Record<string, unknown> = { ...provider, sp_binding: metadata.binding };
  if (metadata.signAssertion) out.sign_assertion = true;
  if (metadata.nameIdPolicy && release.samlFields.includes('default_name_id_policy')) out.default_name_id_policy = metadata.nameIdPolicy;
  if (metadata.slo && release.samlFields.includes('sls_url')) {
    out.sls_url = metadata.slo.url;
    if (release.samlFields.includes('sls_binding')) out.sls_binding = metadata.slo.binding;
  }
  const pk = (certificate: string | null, made: string | null | undefined) =>
    certificate === null || made === null ? null : (made ?? PENDING_KEYPAIR_PK);
  const verification = pk(metadata.verificationCertificate, metadata.keypairs?.verification);
  const encryption = pk(metadata.encryptionCertificate, metadata.keypairs?.encryption);
  if (verification) out.verification_kp = verification;
  if (encryption) out.encryption_kp = encryption;
  return out as T;
}

/** What the metadata sets that the release or the user's permissions leave out, in sentences. */
export function spMetadataNotes(metadata: SpMetadataSettings, release: ReleaseCapabilities): string[] {
  const notes: string[] = [];
  if (metadata.slo && !release.samlFields.includes('sls_url'))
    notes.push(
      `authentik ${release.release} has no single logout URL on SAML providers: the metadata’s SLO endpoint ${metadata.slo.url} is not sent.`,
    );
  if (metadata.nameIdPolicy && !release.samlFields.includes('default_name_id_policy'))
    notes.push(`authentik ${release.release} has no default NameID policy: the metadata’s ${metadata.nameIdPolicy} is not sent.`);
  const certificates = [metadata.verificationCertificate, metadata.encryptionCertificate].filter(Boolean).length;
  if (certificates > 0 && !metadata.mayCreateKeypairs)
    notes.push(
      'This user may not create certificate-key pairs (authentik_crypto.add_certificatekeypair): the SP’s certificates are used only if authentik already holds them. Otherwise connect with a user who may, or upload them under System › Certificates and set them on the provider.',
    );
  return notes;
}
