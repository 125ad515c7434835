/**
 * PowerDNS-Admin: values copied from https://integrations.goauthentik.io/infrastructure/powerdns-admin/
 * (sections "Create an application and provider" and "PowerDNS-Admin configuration") and from the
 * vendor: https://github.com/PowerDNS-Admin/PowerDNS-Admin/blob/master/docs/wiki/configuration/Environment-variables.md
 * with the source (powerdnsadmin/routes/index.py: route '/saml/authorized'; the SP's ACS is
 * own_url + '/saml/authorized' with HTTP-POST), for the example inputs below.
 * Where they disagree: the guide's SAML_LOGOUT_URL is the unified endpoint …/application/saml/<slug>/,
 * served only by newer authentik releases; the redirect-binding SLO endpoint is followed. The guide
 * selects all managed mappings; PowerDNS-Admin reads the four whose names its SAML_ATTRIBUTE_* variables
 * give, which are the ones expected.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/powerdns-admin/',
    vendor: 'https://github.com/PowerDNS-Admin/PowerDNS-Admin/blob/master/docs/wiki/configuration/Environment-variables.md',
    followed: 'redirect-binding SLO endpoint instead of the guide’s unified …/application/saml/<slug>/ URL, which older supported authentik releases do not serve',
  },
  inputs: { url: 'https://pdns-admin.company' },
  launchUrl: 'https://pdns-admin.company',
  saml: {
    acsUrl: 'https://pdns-admin.company/saml/authorized',
    audience: 'pdns-admin',
    binding: 'post',
    nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    attributes: [
      'http://schemas.goauthentik.io/2021/02/saml/username',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'http://schemas.xmlsoap.org/claims/Group',
    ],
  },
  appSide: {
    SAML_ENABLED: 'True',
    SAML_METADATA_URL: 'https://authentik.company/application/saml/powerdns-admin/metadata/',
    SAML_METADATA_CACHE_LIFETIME: '1',
    SAML_LOGOUT_URL: 'https://authentik.company/application/saml/powerdns-admin/slo/binding/redirect/',
    SAML_SP_ENTITY_ID: 'pdns-admin',
    SAML_NAMEID_FORMAT: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    SAML_ATTRIBUTE_USERNAME: 'http://schemas.goauthentik.io/2021/02/saml/username',
    SAML_ATTRIBUTE_NAME: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
    SAML_ATTRIBUTE_EMAIL: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    SAML_ATTRIBUTE_GROUP: 'http://schemas.xmlsoap.org/claims/Group',
    SAML_WANT_MESSAGE_SIGNED: 'False',
    SAML_CERT: '/saml.crt',
  },
});
