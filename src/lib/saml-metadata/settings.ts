/**
 * What an SP's metadata means for an authentik SAML provider, in authentik's own terms: the
 * values the wizard sends, and the certificates that become certificate-only keypairs.
 */
import type { SamlBinding, SpEndpoint, SpMetadata } from './parse';

/** authentik's SAMLNameIDPolicyEnum: the NameID formats a provider can default to. */
export const NAME_ID_POLICIES = [
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
] as const;
export type NameIdPolicy = (typeof NAME_ID_POLICIES)[number];

/** The keypairs made from the SP's certificates: a pk, null when none may be made, absent while pending. */
export interface SpKeypairs {
  verification?: string | null;
  encryption?: string | null;
}

export interface SpMetadataSettings {
  entityId: string;
  acsUrl: string;
  binding: SamlBinding;
  /** WantAssertionsSigned="true": the provider signs assertions. */
  signAssertion: boolean;
  /** The first NameIDFormat authentik can default to. */
  nameIdPolicy: NameIdPolicy | null;
  slo: SpEndpoint | null;
  /** The SP's signing certificate (base64 DER) when it signs its requests (AuthnRequestsSigned="true"). */
  verificationCertificate: string | null;
  /** The SP's encryption certificate (base64 DER). */
  encryptionCertificate: string | null;
  /** Whether the connected user may create keypairs (never asked to write otherwise). */
  mayCreateKeypairs: boolean;
  keypairs?: SpKeypairs;
}

export function metadataSettings(metadata: SpMetadata, mayCreateKeypairs: boolean): SpMetadataSettings | null {
  if (!metadata.acs) return null;
  return {
    entityId: metadata.entityId,
    acsUrl: metadata.acs.url,
    binding: metadata.acs.binding,
    signAssertion: metadata.wantAssertionsSigned === true,
    nameIdPolicy:
      (metadata.nameIdFormats.find((format) => (NAME_ID_POLICIES as readonly string[]).includes(format)) as NameIdPolicy | undefined) ?? null,
    slo: metadata.slo,
    verificationCertificate: metadata.authnRequestsSigned === true ? (metadata.signingCertificates[0] ?? null) : null,
    encryptionCertificate: metadata.encryptionCertificates[0] ?? null,
    mayCreateKeypairs,
  };
}

/** The keypair names, after the app: "Team Notes: SP signing certificate". */
export function keypairName(appName: string, role: 'verification' | 'encryption'): string {
  return `${appName}: SP ${role === 'verification' ? 'signing' : 'encryption'} certificate`;
}
