/**
 * PowerDNS-Admin signs users in through SAML (python3-saml), configured with environment variables.
 * It reads authentik's metadata from SAML_METADATA_URL, calls back to <address>/saml/authorized,
 * announces the SP entity ID from SAML_SP_ENTITY_ID and takes the username, name, email and groups from
 * the attributes it is told.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { attributes, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/powerdns-admin/',
    vendor: 'https://github.com/PowerDNS-Admin/PowerDNS-Admin/blob/master/docs/wiki/configuration/Environment-variables.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'PowerDNS-Admin URL',
      help: help.url,
      example: 'https://pdns-admin.company',
      pages: ['saml', 'login', 'logout', 'register', 'dashboard', 'domain', 'admin', 'user', 'api', 'static'],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/saml/authorized',
    audience: 'pdns-admin',
    signingKey: 'any',
    // PowerDNS-Admin asks for a persistent NameID and takes the username from an attribute.
    nameId: 'uid',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    mappings: ['username', 'name', 'email', 'groups'],
  },
  screen: [
    {
      title: 'Environment variables',
      location: '.env of the PowerDNS-Admin container (then restart it)',
      format: 'env',
      fields: [
        { label: 'SAML_ENABLED', value: 'True' },
        { label: 'SAML_METADATA_URL', value: '{metadata_url}', help: help.metadata },
        { label: 'SAML_METADATA_CACHE_LIFETIME', value: '1' },
        { label: 'SAML_LOGOUT_URL', value: '{slo_url}' },
        { label: 'SAML_SP_ENTITY_ID', value: '{audience}', help: help.entity },
        { label: 'SAML_SP_CONTACT_NAME', value: 'me' },
        { label: 'SAML_SP_CONTACT_MAIL', value: 'me' },
        { label: 'SAML_NAMEID_FORMAT', value: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' },
        ...attributes,
        { label: 'SAML_GROUP_ADMIN_NAME', value: '', optional: true, help: help.admin },
        { label: 'SAML_SIGN_REQUEST', value: "'False'" },
        { label: 'SAML_ASSERTION_ENCRYPTED', value: 'False' },
        { label: 'SAML_WANT_MESSAGE_SIGNED', value: 'False' },
        { label: 'SAML_CERT', value: '/saml.crt', help: help.cert },
      ],
      notes: [notes.mount, notes.admin],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is PowerDNS-Admin’s /saml/authorized' },
    audience: { why: 'PowerDNS-Admin rejects assertions not addressed to SAML_SP_ENTITY_ID, pdns-admin.' },
    'metadata-entity-id': { why: 'PowerDNS-Admin takes the issuer from SAML_METADATA_URL and rejects responses from any other.' },
    'username-changes': { why: 'PowerDNS-Admin finds users by the username attribute; a renamed user arrives as someone new.' },
  },
  manualTest,
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
  expected: {
    sources: {
      followed:
        'redirect-binding SLO endpoint instead of the guide’s unified …/application/saml/<slug>/ URL, which older supported authentik releases do not serve',
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
  },
});
