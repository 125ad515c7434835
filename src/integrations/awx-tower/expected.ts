/**
 * AWX / Ansible Tower: values copied from https://integrations.goauthentik.io/infrastructure/awx-tower/
 * (sections "Create an application and provider" and "Configure AWX or automation controller") and from
 * the vendor: https://docs.ansible.com/projects/awx/en/24.6.1/administration/ent_auth.html ("SAML settings")
 * with the source (github.com/ansible/awx, awx/sso/conf.py: "SAML Assertion Consumer Service (ACS) URL"
 * = SocialAuthCallbackURL('saml'), i.e. the Base URL of the service + /sso/complete/saml/, depending on
 * TOWER_URL_BASE; the SP entity ID defaults to TOWER_URL_BASE), for the example inputs below.
 * The guide's AWX / automation controller path is used (the AAP 2.5+ path has a placeholder ACS URL and a
 * round trip). Attribute names are the ones the guide puts into SAML Enabled Identity Providers, all of
 * them authentik's managed mappings. The guide does not mention "Base URL of the service", from which
 * AWX builds the ACS URL; the vendor's setting is added.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/awx-tower/',
    vendor: 'https://docs.ansible.com/projects/awx/en/24.6.1/administration/ent_auth.html',
    followed: 'vendor for “Base URL of the service” (the guide omits it; AWX derives the ACS URL from it); otherwise they agree',
  },
  inputs: { url: 'https://automation.company' },
  launchUrl: 'https://automation.company',
  saml: {
    acsUrl: 'https://automation.company/sso/complete/saml/',
    audience: 'https://automation.company',
    binding: 'post',
    attributes: [
      'http://schemas.goauthentik.io/2021/02/saml/username',
      'http://schemas.goauthentik.io/2021/02/saml/uid',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
    ],
  },
  appSide: {
    'Base URL of the service': 'https://automation.company',
    'SAML Service Provider Entity ID': 'https://automation.company',
  },
});
