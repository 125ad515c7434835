/**
 * FortiGate signs administrators in to its web interface as a SAML service provider (Security
 * Fabric › Fabric Connectors › Security Fabric Setup › Single Sign-On Settings). From its SP
 * Address it builds the ACS URL <address>/saml/?acs and the SP entity ID <address>/metadata/, and it
 * names the administrator after the `username` attribute, which authentik does not ship.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/networking/fortigate-admin/',
    vendor: 'https://docs.fortinet.com/document/fortigate/8.0.0/administration-guide/254248/configuring-saml-sso',
  },
  inputs: {
    host: {
      type: 'host',
      label: 'FortiGate address (SP Address)',
      help: 'The host name administrators open FortiGate at, with the port if the web interface does not use 443 (fortigate.company:8443).',
      example: 'fortigate.company',
    },
  },
  launchUrl: 'https://{host}',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{host}/saml/?acs',
    audience: 'https://{host}/metadata/',
    signResponse: true,
    signingKey: 'any',
    nameId: 'persistent',
    mappings: [],
    customMappings: [{ name: 'FortiGate username', attribute: 'username', expression: 'return request.user.username' }],
  },
  screen: [
    {
      title: 'Import the signing certificate',
      location: 'System › Certificates › Create/Import › Remote Certificate',
      fields: [
        { label: 'Certificate', value: '{cert_pem}', help: 'Save as a .pem file and upload it; note the name FortiGate gives it (REMOTE_Cert_N).' },
      ],
    },
    {
      title: 'Single Sign-On Settings',
      location: 'Security Fabric › Fabric Connectors › Security Fabric Setup › Single Sign-On Settings › Service Provider (SP)',
      fields: [
        { label: 'SP Address', value: '{host}' },
        { label: 'Default login page', value: 'Normal', choice: true, help: 'Switch to Single Sign-On only after a SAML login worked.' },
        {
          label: 'Default admin profile',
          value: 'admin_no_access',
          choice: true,
          help: 'The profile of administrators created on first login; admin_no_access makes you assign one by hand.',
        },
        { label: 'IdP Type', value: 'Custom', choice: true },
        { label: 'IdP entity ID', value: '{entity_id}' },
        { label: 'IdP single sign-on URL', value: '{saml_url}' },
        { label: 'IdP single logout URL', value: '{saml_logout_url}' },
        { label: 'IdP Certificate', value: 'The certificate imported above (REMOTE_Cert_N)', choice: true },
      ],
      notes: [
        {
          tone: 'info',
          text: 'Click Apply. FortiGate then shows its SP entity ID, SP ACS URL and SP SLS URL: they must equal the provider’s Audience ({audience}) and ACS URL ({acs_url}); if the entity ID differs (http:// on some releases), change the Audience in authentik to FortiGate’s value.',
        },
        {
          tone: 'warning',
          text: 'Locked out? Open https://{host}/saml/?acs and choose Login Locally, or run in the CLI: config system saml / set default-login-page normal / end.',
        },
      ],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is FortiGate’s /saml/?acs',
      why: 'FortiGate receives the response at its SP Address followed by /saml/?acs, query included.',
    },
    audience: { why: 'FortiGate refuses an assertion whose audience is not its SP entity ID, the SP Address followed by /metadata/.' },
    'saml-signing': {
      title: 'The response is signed',
      why: 'FortiGate verifies the signed response against the IdP certificate imported as a remote certificate.',
    },
    'metadata-entity-id': { why: 'FortiGate compares the response’s issuer with the IdP entity ID it was given.' },
    'custom-mappings': {
      title: 'The username attribute is on the provider',
      why: 'FortiGate names the SAML administrator after the username attribute; without it the login fails.',
    },
    'username-changes': { why: 'FortiGate keeps SAML administrators by the username attribute; a renamed user arrives as a new administrator.' },
  },
  manualTest: {
    steps: [
      'Open https://<FortiGate>/ in a private window and choose Single Sign-On.',
      'Sign in at authentik.',
      'If the administrator was created with admin_no_access, assign a profile as a local administrator and try again.',
    ],
    success: 'You are in the FortiGate web interface as the SAML administrator with your authentik username.',
    errors: [
      [
        'SAML authentication failed / “Failed to login” with samld errors in diagnose debug application samld -1',
        'The audience, ACS URL or certificate differ from FortiGate’s SP values.',
        'audience',
      ],
      ['Failed to find username attribute', 'The username mapping is not on the provider.', 'custom-mappings'],
      [
        'You do not have permission to access this page (after a successful login)',
        'The administrator got admin_no_access: assign an admin profile.',
      ],
    ],
  },
  /**
   * FortiGate Admin Login: values copied from https://integrations.goauthentik.io/networking/fortigate-admin/
   * (sections "Create a property mapping": username; "Create an application and provider": ACS
   * https://fortigate.company/saml/?acs, Audience https://fortigate.company/metadata/, sign responses;
   * "Configure SAML single sign-on": SP Address fortigate.company, IdP entity ID and single sign-on URL)
   * and Fortinet's "Configuring SAML SSO" (FortiGate as SP: sp-single-sign-on-url <address>/saml/?acs,
   * sp-entity-id <address>/metadata/), for the input below. Fortinet's older cookbook example prints the
   * entity ID with http://; the guide (https://) is followed and the screen says to copy FortiGate's
   * value if it shows another.
   */
  expected: {
    sources: {
      followed:
        'guide for the SP entity ID scheme (https://…/metadata/); an older Fortinet example shows http://, which the screen tells the admin to copy if FortiGate shows it',
    },
    inputs: { host: 'fortigate.company' },
    launchUrl: 'https://fortigate.company',
    saml: {
      acsUrl: 'https://fortigate.company/saml/?acs',
      audience: 'https://fortigate.company/metadata/',
      binding: 'post',
      attributes: ['username'],
      signResponse: true,
    },
    appSide: {
      'SP Address': 'fortigate.company',
      'IdP Type': 'Custom',
      'IdP entity ID': 'https://authentik.company/application/saml/fortigate-admin/metadata/',
      'IdP single sign-on URL': 'https://authentik.company/application/saml/fortigate-admin/',
      'IdP single logout URL': 'https://authentik.company/application/saml/fortigate-admin/',
    },
  },
});
