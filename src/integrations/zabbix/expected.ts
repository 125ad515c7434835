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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/zabbix/',
    vendor: 'https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/users/authentication/saml',
    followed: 'Redirect-binding SSO/SLO URLs (served by every supported authentik release) instead of the guide’s unified endpoint.',
  },
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
});
