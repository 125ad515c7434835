/**
 * Zabbix signs users in with SAML from Users › Authentication › SAML settings (onelogin php-saml).
 * It receives responses at <frontend>/index_sso.php?acs, uses the frontend address as SP entity
 * ID, reads the username from an attribute and the IdP certificate from conf/certs/idp.crt.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, TRANSIENT, USERNAME, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/zabbix/',
    vendor: 'https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/users/authentication/saml',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Zabbix frontend URL',
      help: help.url,
      example: 'https://zabbix.company/zabbix',
      pages: ['*.php', 'conf', 'assets', 'js', 'modules'],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/index_sso.php?acs',
    audience: '{url}',
    binding: 'post',
    signingKey: 'any',
    // The guide sets no NameID mapping; Zabbix reads the username from the attribute below, so the
    // username mapping is used for the NameID too.
    nameId: 'username',
    mappings: ['username', 'email', 'groups'],
  },
  screen: [
    {
      title: 'IdP certificate',
      location: 'conf/certs/idp.crt in the Zabbix frontend (e.g. /usr/share/zabbix/conf/certs/idp.crt)',
      format: 'file',
      snippet: '{cert_pem}',
      fields: [{ label: 'idp.crt', value: '{cert_pem}', help: help.cert }],
    },
    {
      title: 'SAML settings',
      location: 'Users › Authentication › SAML settings',
      fields: [
        { label: 'Enable SAML authentication', value: 'On', choice: true },
        { label: 'IdP entity ID', value: '{entity_id}' },
        { label: 'SSO service URL', value: '{sso_url}' },
        { label: 'SLO service URL', value: '{slo_url}' },
        { label: 'Username attribute', value: USERNAME, help: help.username },
        { label: 'SP entity ID', value: '{audience}', help: help.spEntityId },
        { label: 'SP name ID format', value: TRANSIENT },
      ],
      notes: [notes.prereq, notes.users, notes.proxy],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is the frontend’s index_sso.php?acs', why: why.acs },
    audience: { why: why.audience },
    'metadata-entity-id': { title: 'authentik’s issuer equals the IdP entity ID in Zabbix', why: why.entityId },
  },
  manualTest,
  /**
   * Zabbix: values copied from https://integrations.goauthentik.io/monitoring/zabbix/ (sections "Create an
   * application and provider", "Download the signing certificate", "Zabbix configuration", "Enable JIT
   * provisioning") and Zabbix's
   * https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/users/authentication/saml
   * ("Setting up identity provider": Assertion Consumer URL `<path_to_zabbix_ui>/index_sso.php?acs`,
   * Single Logout URL `<path_to_zabbix_ui>/index_sso.php?sls`; "Setting up Zabbix": ui/conf/certs/idp.crt,
   * fields IdP entity ID, SSO service URL, SLO service URL, Username attribute, SP entity ID, SP name ID
   * format), for the example inputs below (the guide's frontend at https://zabbix.company/zabbix).
   * Where they disagree: the guide gives the unified `…/application/saml/<application_slug>/` endpoint as
   * SSO and SLO service URL, served only by newer authentik releases; the redirect-binding endpoints,
   * which every supported release serves, are followed. The guide's SLS URL / logout method on the
   * provider are not asserted. The guide sets no NameID mapping (Zabbix reads the Username attribute),
   * so `nameId` is left out below.
   */
  expected: {
    sources: { followed: 'Redirect-binding SSO/SLO URLs (served by every supported authentik release) instead of the guide’s unified endpoint.' },
    inputs: { url: 'https://zabbix.company/zabbix' },
    launchUrl: 'https://zabbix.company/zabbix',
    saml: {
      acsUrl: 'https://zabbix.company/zabbix/index_sso.php?acs',
      audience: 'https://zabbix.company/zabbix',
      binding: 'post',
      attributes: ['http://schemas.goauthentik.io/2021/02/saml/username'],
    },
    appSide: {
      'IdP entity ID': 'https://authentik.company/application/saml/zabbix/metadata/',
      'SSO service URL': 'https://authentik.company/application/saml/zabbix/sso/binding/redirect/',
      'SLO service URL': 'https://authentik.company/application/saml/zabbix/slo/binding/redirect/',
      'Username attribute': 'http://schemas.goauthentik.io/2021/02/saml/username',
      'SP entity ID': 'https://zabbix.company/zabbix',
      'SP name ID format': 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    },
  },
});
