/**
 * FortiManager signs administrators in as a SAML service provider (System Settings › SAML SSO). From its
 * Server Address it receives the response at <address>/saml/?acs and names the administrator after the
 * `username` attribute, which authentik does not ship; `profilename` and `adoms` may assign a profile
 * and administrative domains.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/networking/fortimanager/',
    vendor: 'https://docs.fortinet.com/document/fortimanager/8.0.0/administration-guide/981386/saml-admin-authentication',
  },
  inputs: {
    host: {
      type: 'host',
      label: 'FortiManager address (Server Address)',
      help: 'The host name administrators open FortiManager at, with the port if the web interface does not use 443.',
      example: 'fortimanager.company',
      preview: 'ACS URL: https://{host}/saml/?acs',
    },
  },
  launchUrl: 'https://{host}',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{host}/saml/?acs',
    audience: '',
    signingKey: 'any',
    nameId: 'username',
    mappings: [],
    customMappings: [{ name: 'FortiManager username', attribute: 'username', expression: 'return request.user.username' }],
  },
  screen: [
    {
      title: 'Single Sign-On Settings',
      location: 'System Settings › SAML SSO',
      fields: [
        { label: 'Server Address', value: '{host}' },
        { label: 'Single Sign-On Mode', value: 'Service Provider (SP)' },
        { label: 'SP Certificate', value: 'Any available certificate' },
        { label: 'Default Login Page', value: 'Normal', help: 'Switch to Single Sign-On only after a SAML login worked.' },
        { label: 'Auto Create Admin', value: 'Enabled (optional)', help: 'Otherwise create matching SSO administrators first.' },
      ],
    },
    {
      title: 'IdP Settings',
      fields: [
        { label: 'IdP Type', value: 'Custom' },
        { label: 'IdP Entity ID', value: '{entity_id}' },
        { label: 'IdP Login URL', value: '{saml_url}' },
        { label: 'IdP Logout URL', value: '{saml_logout_url}' },
        { label: 'IdP Certificate', value: '{cert_pem}', help: 'Import it as a file: the whole PEM, with the BEGIN and END lines.' },
      ],
      notes: [
        { tone: 'info', text: 'Leave Signing Options off unless you align them with the provider’s advanced protocol settings. Click Apply.' },
        { tone: 'info', text: 'Optional: mappings for the profilename and adoms attributes assign an existing admin profile and administrative domains.' },
      ],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is FortiManager’s /saml/?acs', why: 'FortiManager receives the response at its Server Address followed by /saml/?acs, query included.' },
    audience: false,
    'metadata-entity-id': { why: 'FortiManager compares the response’s issuer with the IdP Entity ID it was given.' },
    'metadata-certificate': { why: 'FortiManager checks each signature against the IdP certificate it imported; another certificate fails every login.' },
    'custom-mappings': { title: 'The username attribute is on the provider', why: 'FortiManager names the SSO administrator after the username attribute; without it the login fails.' },
    'username-changes': { why: 'FortiManager keeps SSO administrators by username; a renamed user arrives as a new administrator.' },
  },
  manualTest: {
    steps: ['Open FortiManager in a private window and choose Single Sign-On.', 'Sign in at authentik.'],
    success: 'You are in FortiManager as the SSO administrator with your authentik username.',
    errors: [
      { message: 'SAML authentication failed (FortiManager login page)', meaning: 'The issuer or certificate differ from the IdP Settings, or the ACS URL has another address.', checkId: 'metadata-entity-id' },
      { message: 'The administrator does not exist', meaning: 'Auto Create Admin is off and no SSO administrator has that username.' },
      { message: 'No username in SAML assertion', meaning: 'The username mapping is not on the provider.', checkId: 'custom-mappings' },
    ],
  },
  /**
   * FortiManager: values copied from https://integrations.goauthentik.io/networking/fortimanager/ (sections
   * "Create a property mapping": username; "Create an application and provider": ACS
   * https://fortimanager.company/saml/?acs, NameID Username, no Audience; "FortiManager configuration":
   * Server Address, SP mode, IdP Entity ID, Login and Logout URLs) and Fortinet's "SAML admin
   * authentication" (FortiManager as SP: acs-url <address>/saml/?acs; username, profilename and adoms
   * attributes), for the input below. The guide sets no Audience, so none is expected. They agree.
   */
  expected: {
    sources: {
      authentik: 'https://integrations.goauthentik.io/networking/fortimanager/',
      vendor: 'https://docs.fortinet.com/document/fortimanager/8.0.0/administration-guide/981386/saml-admin-authentication',
    },
    inputs: { host: 'fortimanager.company' },
    launchUrl: 'https://fortimanager.company',
    saml: {
      acsUrl: 'https://fortimanager.company/saml/?acs',
      audience: '',
      binding: 'post',
      nameId: 'username',
      attributes: ['username'],
    },
    appSide: {
      'Server Address': 'fortimanager.company',
      'IdP Entity ID': 'https://authentik.company/application/saml/fortimanager/metadata/',
      'IdP Login URL': 'https://authentik.company/application/saml/fortimanager/',
    },
  },
});
