/**
 * IdP metadata (`md:EntityDescriptor`) for a SAML provider, shaped like authentik's
 * MetadataProcessor output. The XML signature authentik adds when a signing keypair is set is not
 * produced.
 */
import { samlIssuer, samlUrls } from './serializers.ts';
import type { SimSamlProvider, SimulatorState } from './types.ts';

export const BINDING_POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
export const BINDING_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

const NAME_ID_FORMATS = [
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
];

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function keyDescriptor(use: 'signing' | 'encryption', certificateDerBase64: string): string {
  return (
    `<md:KeyDescriptor use="${use}"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">` +
    `<ds:X509Data><ds:X509Certificate>${certificateDerBase64}</ds:X509Certificate></ds:X509Data>` +
    `</ds:KeyInfo></md:KeyDescriptor>`
  );
}

/**
 * Build the metadata XML. Returns null when the provider has no application (authentik answers
 * 404 then). `forceBinding` limits the SSO services to one binding.
 */
export function buildSamlMetadata(state: SimulatorState, provider: SimSamlProvider, origin: string, forceBinding?: string | null): string | null {
  const app = state.applications.find((entry) => entry.provider === provider.pk);
  if (!app) return null;
  const urls = samlUrls(origin, app.slug);
  const parts: string[] = [];
  const signing = state.keypairs.find((keypair) => keypair.pk === provider.signing_kp);
  if (signing) parts.push(keyDescriptor('signing', signing.certificateDerBase64));
  const encryption = state.keypairs.find((keypair) => keypair.pk === provider.encryption_kp);
  if (encryption) parts.push(keyDescriptor('encryption', encryption.certificateDerBase64));
  parts.push(`<md:SingleLogoutService Binding="${BINDING_REDIRECT}" Location="${xmlAttr(urls.sloRedirect)}"/>`);
  parts.push(`<md:SingleLogoutService Binding="${BINDING_POST}" Location="${xmlAttr(urls.sloPost)}"/>`);
  for (const format of NAME_ID_FORMATS) parts.push(`<md:NameIDFormat>${format}</md:NameIDFormat>`);
  if (!forceBinding || forceBinding === BINDING_REDIRECT) {
    parts.push(`<md:SingleSignOnService Binding="${BINDING_REDIRECT}" Location="${xmlAttr(urls.ssoRedirect)}"/>`);
  }
  if (!forceBinding || forceBinding === BINDING_POST) {
    parts.push(`<md:SingleSignOnService Binding="${BINDING_POST}" Location="${xmlAttr(urls.ssoPost)}"/>`);
  }
  const entityId = samlIssuer(state, provider, origin);
  return (
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${xmlAttr(entityId)}">` +
    `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    parts.join('') +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`
  );
}
