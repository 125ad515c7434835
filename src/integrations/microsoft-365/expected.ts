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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/platforms/microsoft-saml/',
    vendor: 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/how-to-connect-fed-saml-idp',
  },
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
});
