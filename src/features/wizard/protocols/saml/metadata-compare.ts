/**
 * A SAML provider against the SP's current metadata (pasted in the audit): what differs, and the
 * PATCH that fixes it where one safely can. Certificates are compared by SHA-256 fingerprint; a
 * certificate authentik does not hold has no PATCH here (the audit's fix makes its keypair first).
 */
import { sha256Fingerprint } from '../../../../lib/saml-metadata/fingerprint';
import type { SpMetadata } from '../../../../lib/saml-metadata/parse';
import { NAME_ID_POLICIES } from '../../../../lib/saml-metadata/settings';

export interface MetadataDifference {
  field: string;
  label: string;
  provider: string;
  metadata: string;
  /** The PATCH body that makes the provider follow the metadata, or null when it needs a step outside the provider. */
  fix: Record<string, unknown> | null;
  /** What the fix sets, in the admin's terms, when that is not `metadata` (a keypair's name). */
  fixValue?: string;
  advice: string;
}

interface ProviderView {
  acs_url?: string;
  audience?: string;
  sp_binding?: string;
  sign_assertion?: boolean;
  sls_url?: string;
  sls_binding?: string;
  /** Absent on releases whose schema has no such field (it appeared inside the supported window). */
  default_name_id_policy?: string;
  verification_kp?: string | null;
  encryption_kp?: string | null;
}

interface KeypairView {
  pk: string;
  name: string;
  fingerprint_sha256?: string | null;
}

const BINDING = { post: 'Post', redirect: 'Redirect' } as const;

export async function compareWithSpMetadata(
  provider: ProviderView,
  metadata: SpMetadata,
  keypairs: readonly KeypairView[],
): Promise<MetadataDifference[]> {
  const out: MetadataDifference[] = [];
  const byPk = new Map(keypairs.map((keypair) => [keypair.pk, keypair]));
  const byFingerprint = new Map(
    keypairs.filter((keypair) => keypair.fingerprint_sha256).map((keypair) => [keypair.fingerprint_sha256!.toLowerCase(), keypair]),
  );
  if (metadata.acs && provider.acs_url !== metadata.acs.url)
    out.push({
      field: 'acs_url',
      label: 'ACS URL',
      provider: provider.acs_url ?? '',
      metadata: metadata.acs.url,
      fix: { acs_url: metadata.acs.url },
      advice: 'authentik posts the login to the ACS URL; set the one the metadata gives.',
    });
  if (metadata.acs && provider.sp_binding !== undefined && provider.sp_binding !== metadata.acs.binding)
    out.push({
      field: 'sp_binding',
      label: 'Service Provider Binding',
      provider: BINDING[provider.sp_binding as keyof typeof BINDING] ?? provider.sp_binding,
      metadata: BINDING[metadata.acs.binding],
      fix: { sp_binding: metadata.acs.binding },
      advice: 'Send the response with the binding of that ACS.',
    });
  if ((provider.audience ?? '') !== metadata.entityId)
    out.push({
      field: 'audience',
      label: 'Audience',
      provider: provider.audience ?? '',
      metadata: metadata.entityId,
      fix: { audience: metadata.entityId },
      advice: 'The app rejects assertions whose audience is not its entity ID.',
    });
  if (metadata.wantAssertionsSigned === true && provider.sign_assertion === false)
    out.push({
      field: 'sign_assertion',
      label: 'Sign assertions',
      provider: 'off',
      metadata: 'WantAssertionsSigned="true"',
      fix: { sign_assertion: true },
      advice: 'The app wants signed assertions.',
    });
  // authentik uses its default NameID policy when a request names none: it must be a format the SP lists.
  const policy = metadata.nameIdFormats.find((format) => (NAME_ID_POLICIES as readonly string[]).includes(format));
  if (policy && provider.default_name_id_policy !== undefined && !metadata.nameIdFormats.includes(provider.default_name_id_policy))
    out.push({
      field: 'default_name_id_policy',
      label: 'Default NameID policy',
      provider: provider.default_name_id_policy,
      metadata: metadata.nameIdFormats.join(', '),
      fix: { default_name_id_policy: policy },
      fixValue: policy,
      advice: 'The app accepts only the NameID formats its metadata lists; authentik sends this one when a request names none.',
    });
  if (metadata.slo && provider.sls_url !== undefined && provider.sls_url !== metadata.slo.url)
    out.push({
      field: 'sls_url',
      label: 'SLS URL',
      provider: provider.sls_url,
      metadata: metadata.slo.url,
      fix: { sls_url: metadata.slo.url, ...(provider.sls_binding !== undefined ? { sls_binding: metadata.slo.binding } : {}) },
      advice: 'Logout requests go to the SingleLogoutService the metadata gives.',
    });

  const certificate = async (field: 'verification_kp' | 'encryption_kp', wanted: readonly string[], what: string) => {
    const current = provider[field] ? byPk.get(provider[field]) : undefined;
    const fingerprints = await Promise.all(wanted.map(sha256Fingerprint));
    if (wanted.length === 0) {
      if (field === 'encryption_kp' && provider.encryption_kp)
        out.push({
          field,
          label: 'Encryption certificate',
          provider: current?.name ?? provider.encryption_kp,
          metadata: 'none',
          fix: { encryption_kp: null },
          advice: 'The metadata has no encryption certificate: the app cannot decrypt the assertions authentik encrypts.',
        });
      return;
    }
    if (current?.fingerprint_sha256 && fingerprints.includes(current.fingerprint_sha256.toLowerCase())) return;
    const existing = fingerprints.map((fingerprint) => byFingerprint.get(fingerprint)).find(Boolean);
    out.push({
      field,
      label: what,
      provider: current?.name ?? 'none',
      metadata: fingerprints[0]!,
      fix: existing ? { [field]: existing.pk } : null,
      ...(existing ? { fixValue: existing.name } : {}),
      advice: existing
        ? `authentik already holds the metadata’s certificate as “${existing.name}”.`
        : 'authentik does not hold the metadata’s certificate: upload it under System › Certificates (certificate only, no private key), then choose it here.',
    });
  };
  if (metadata.authnRequestsSigned === true) await certificate('verification_kp', metadata.signingCertificates, 'Verification certificate');
  await certificate('encryption_kp', metadata.encryptionCertificates, 'Encryption certificate');
  return out;
}
