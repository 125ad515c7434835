/**
 * Zammad (SAML tab, the guide's default): values copied from https://integrations.goauthentik.io/infrastructure/zammad/
 * (SAML tab: "Create property mappings", "Create an application and provider", "Zammad configuration
 * SAML") and from the vendor: https://admin-docs.zammad.org/en/latest/settings/security/third-party/saml.html
 * ("Step 1": metadata at https://your.zammad.domain/auth/saml/metadata, ACS .../auth/saml/callback with
 * HTTP-POST, attributes email, name, first_name, last_name, "enable Sign assertions"; "Step 2": fields
 * Display name, IDP SSO target URL, IDP single logout target URL, IDP certificate, IDP certificate
 * fingerprint, Name identifier format "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress", UID
 * attribute name), for the example inputs below.
 * Where they disagree: (1) labels: the guide writes "IDP Certificate" and "Name Identifier Format", the
 * vendor "IDP certificate" and "Name identifier format"; the vendor's are followed. (2) SSO/SLO URLs: the
 * current guide gives the unified `…/application/saml/<application_slug>/` for both, served only by newer
 * authentik releases; its earlier revision (website/integrations/infrastructure/zammad/index.md) gives
 * `…/slo/binding/redirect/` for logout. The redirect-binding endpoints are followed, as every supported
 * release serves them. (3) The guide also sets an SLS URL, SLS binding and logout method; the vendor
 * does not require single logout, so they are not asserted.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/zammad/',
    vendor: 'https://admin-docs.zammad.org/en/latest/settings/security/third-party/saml.html',
    followed: 'vendor for field labels; guide (earlier revision) for the redirect-binding SSO/SLO URLs, which every supported authentik release serves',
  },
  inputs: { url: 'https://zammad.company' },
  launchUrl: 'https://zammad.company',
  saml: {
    acsUrl: 'https://zammad.company/auth/saml/callback',
    audience: 'https://zammad.company/auth/saml/metadata',
    binding: 'post',
    nameId: 'email',
    nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    attributes: ['email', 'name', 'first_name', 'last_name'],
    signAssertion: true,
  },
  appSide: {
    'Display name': 'authentik',
    'IDP SSO target URL': 'https://authentik.company/application/saml/zammad/sso/binding/redirect/',
    'IDP single logout target URL': 'https://authentik.company/application/saml/zammad/slo/binding/redirect/',
    'IDP certificate fingerprint': '',
    'Name identifier format': 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  },
});
