/**
 * Generic SAML app: what the admin typed must arrive byte for byte. Endpoint paths copied from
 * https://docs.goauthentik.io/add-secure-apps/providers/saml/ (endpoint table: SSO Redirect
 * /application/saml/<application_slug>/sso/binding/redirect/, SSO POST .../sso/binding/post/,
 * Metadata Download .../metadata/) and the 2026.5 issuer rule of the integration guides
 * (issuer = https://authentik.company/application/saml/<application_slug>/metadata/); the binding
 * from the OASIS bindings/profiles (a Web SSO <Response> travels by HTTP-POST to the ACS).
 * The example input is unusual but valid: ACS with a port, mixed-case path, trailing slash and
 * query string; an SP entity ID that is a URN, not a URL; an app name with a space (slug "team-wiki").
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://docs.goauthentik.io/add-secure-apps/providers/saml/',
    vendor: 'https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf',
  },
  inputs: { name: 'Team Wiki', acs: 'https://Wiki.Company:8443/SAML2/ACS/?tenant=Acme', entity: 'urn:Wiki:SP:Acme' },
  saml: {
    acsUrl: 'https://Wiki.Company:8443/SAML2/ACS/?tenant=Acme',
    audience: 'urn:Wiki:SP:Acme',
    binding: 'post',
  },
  appSide: {
    'IdP metadata URL': 'https://authentik.company/application/saml/team-wiki/metadata/',
    'IdP entity ID (issuer)': 'https://authentik.company/application/saml/team-wiki/metadata/',
    'SSO URL (HTTP-Redirect)': 'https://authentik.company/application/saml/team-wiki/sso/binding/redirect/',
    'SSO URL (HTTP-POST)': 'https://authentik.company/application/saml/team-wiki/sso/binding/post/',
  },
});
