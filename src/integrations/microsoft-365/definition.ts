/**
 * Microsoft 365 (Entra ID) signs users of a federated custom domain in through SAML 2.0: Entra
 * sends them to authentik's passive sign-in URI, accepts a signed, form-posted response at
 * login.srf, and matches the NameID (persistent format only) against each user's
 * OnPremisesImmutableId, with the UPN in the IDPEmail attribute. The domain is federated with
 * Microsoft Graph PowerShell.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, mappings, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/microsoft-saml/',
    vendor: 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/how-to-connect-fed-saml-idp',
  },
  inputs: {
    // A verified custom domain; the onmicrosoft.com domain cannot be federated.
    domain: {
      type: 'text',
      label: 'Custom domain',
      help: help.domain,
      example: 'company.com',
      pattern: '^(?!.*\\.onmicrosoft\\.com$)[a-z0-9-]+(?:\\.[a-z0-9-]+)+$',
      ignoreCase: true,
      message: help.domainRule,
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: 'https://login.microsoftonline.com/login.srf',
    audience: 'urn:federation:MicrosoftOnline',
    // The guide leaves the binding alone; Microsoft requires HTTP POST, which is the wizard's default (sp-binding checks it).
    signAssertion: true,
    signingKey: 'rsa',
    nameId: 'custom:Microsoft Entra Immutable ID',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    // The guide removes every default mapping: Entra reads only IDPEmail (and the NameID).
    mappings: [],
    customMappings: mappings,
  },
  screen: [
    {
      title: 'Federate the domain',
      location: 'PowerShell with the Microsoft Graph module, as a Global Administrator',
      format: 'file',
      snippet,
      fields: [
        { label: 'DomainId', value: '{domain}' },
        { label: 'PassiveSignInUri', value: '{saml_url}' },
        { label: 'IssuerUri', value: '{entity_id}', help: 'Exactly authentik’s issuer.' },
        { label: 'MetadataExchangeUri', value: '{metadata_url}' },
        { label: 'SigningCertificate', value: '{cert_body}', help: 'The certificate in base64, without the BEGIN and END lines.' },
      ],
      notes: [notes.immutable, notes.recovery],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is login.srf', why: 'Entra takes federated sign-ins only at https://login.microsoftonline.com/login.srf.' },
    audience: { why: 'Entra rejects tokens whose audience is not urn:federation:MicrosoftOnline.' },
    'sp-binding': { why: 'Entra requires the SAML response as an HTTP POST.' },
    'saml-signing': { why: 'Entra only accepts signed assertions, checked against SigningCertificate.' },
    'metadata-entity-id': { title: 'authentik’s issuer equals IssuerUri on the configuration screen', why: why.entityId },
    'metadata-certificate': { why: 'Entra verifies each signature with SigningCertificate; another certificate fails every sign-in.' },
    'certificate-expiry': { why: 'Once the certificate expires every sign-in fails; a renewed one needs Update-MgDomainFederationConfiguration.' },
    'relay-state': { why: 'Entra restores the sign-in from the relay state; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Microsoft 365 (Entra ID federation over SAML): values copied from
   * https://integrations.goauthentik.io/platforms/microsoft-saml/ (sections "1. Property mapping for
   * users' immutable identifier", "2. Property mapping for IDPEmail", "4. Create an application and
   * provider in authentik" and "Configure domain federation") and Microsoft's
   * https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/how-to-connect-fed-saml-idp
   * (sections "Signature block requirements": the Assertion node must be signed, rsa-sha1 signature
   * method; "Supported bindings": HTTP POST; "Required attributes": NameID = the user's ImmutableID,
   * IDPEmail = UPN; NameID format persistent only; sample response: Destination
   * https://login.microsoftonline.com/login.srf, Audience urn:federation:MicrosoftOnline), for the
   * federated domain company.com (the guide's domain.company). The NameID is the guide's custom
   * "Microsoft Entra Immutable ID" mapping. The guide and the vendor agree.
   */
  expected: {
    inputs: { domain: 'company.com' },
    saml: {
      acsUrl: 'https://login.microsoftonline.com/login.srf',
      audience: 'urn:federation:MicrosoftOnline',
      binding: 'post',
      nameId: 'custom',
      nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      attributes: ['IDPEmail'],
      signAssertion: true,
      keyType: 'rsa',
    },
    appSide: {
      DomainId: 'company.com',
      PassiveSignInUri: 'https://authentik.company/application/saml/microsoft-365/',
      IssuerUri: 'https://authentik.company/application/saml/microsoft-365/metadata/',
      MetadataExchangeUri: 'https://authentik.company/application/saml/microsoft-365/metadata/',
    },
  },
});
